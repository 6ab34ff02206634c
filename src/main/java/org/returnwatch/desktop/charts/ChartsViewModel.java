package org.returnwatch.desktop.charts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ChartType;
import org.returnwatch.chart.ExportOptions;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.Screen;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.SavedChart;
import org.returnwatch.store.Store;

/**
 * The Charts screen: series and agreements ticked in searchable checklists, a type and a year range;
 * every change redraws the chart in the background from the data as it is now. Definitions are saved
 * under a name and opened again later; export and print are in {@link ChartOutput}.
 */
public final class ChartsViewModel implements Screen {
    /** Sends a chart to a printer; true if printed, false if the user cancelled. */
    @FunctionalInterface
    public interface Printer {
        boolean print(JFreeChart chart) throws Exception;
    }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<ChartService> serviceFactory;
    private volatile ChartService service;
    private final Checklist series = new Checklist();
    private final Checklist agreements = new Checklist();
    private final ObjectProperty<ChartType> type = new SimpleObjectProperty<>(this, "type", ChartType.AUTO);
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>(this, "fromYear");
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>(this, "toYear");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty saveName = new SimpleStringProperty(this, "saveName", "");
    private final IntegerProperty dpi = new SimpleIntegerProperty(this, "dpi", ExportOptions.DEFAULT_DPI);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<SavedChart> saved = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<ChartRequest> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyBooleanWrapper no = new ReadOnlyBooleanWrapper(this, "no", false);
    private final ChartOutput output;
    // read on the background thread to drop a redraw that a later change has made useless
    private final AtomicInteger generation = new AtomicInteger();
    private boolean applying;

    /**
     * @param printRunner where printing runs: not the database's runner, because the print dialogs wait
     *                    for the user and the database work must not wait behind them
     */
    public ChartsViewModel(Session session, TaskRunner runner, TaskRunner printRunner, DialogService dialogs,
                           Supplier<ChartService> serviceFactory, Printer printer) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.serviceFactory = serviceFactory;
        this.output = new ChartOutput(runner, printRunner, dialogs, this::service, printer,
                request.getReadOnlyProperty(), dpi, working, status);
        series.all().addListener((ListChangeListener<ChartChoice>) c -> redraw());
        agreements.all().addListener((ListChangeListener<ChartChoice>) c -> redraw());
        type.addListener((o, a, b) -> redraw());
        fromYear.addListener((o, a, b) -> redraw());
        toYear.addListener((o, a, b) -> redraw());
        title.addListener((o, a, b) -> redraw());
        session.storeProperty().addListener((o, a, b) -> {
            if (b == null) {
                forget();
            }
        });
        message.set("Choose one or more series to draw.");
    }

    /** Looked up on first use, on the background thread: finding the fonts reads the font folders. */
    private ChartService service() {
        if (service == null) {
            service = serviceFactory.get();
        }
        return service;
    }

    @Override
    public void activate() {
        Store store = session.store();
        List<UUID> ticked = series.selectedIds();
        List<UUID> marked = agreements.selectedIds();
        runner.run("reading the series and agreements", () -> ChartData.lists(store), lists -> {
            applying = true;
            series.setAll(lists.series(), ticked);
            agreements.setAll(lists.agreements(), marked);
            years.setAll(lists.years());
            saved.setAll(lists.saved());
            applying = false;
            redraw();
        }, e -> message.set(e.getMessage()));
    }

    /** Draws the chart the controls ask for, in the background; a newer change supersedes it. */
    void redraw() {
        if (applying || !session.isUnlocked()) {
            return;
        }
        int mine = generation.incrementAndGet();
        ChartDefinition d = definition();
        if (d.seriesIds().isEmpty()) {
            show(null, null, "Choose one or more series to draw.");
            return;
        }
        if (d.fromYear() != null && d.toYear() != null && d.fromYear() > d.toYear()) {
            show(null, null, "The first year (" + d.fromYear() + ") is after the last year (" + d.toYear() + ").");
            return;
        }
        Store store = session.store();
        runner.run("drawing the chart", () -> generation.get() != mine ? null
                : ChartData.draw(store, service(), d, LocalDate.now()), drawn -> {
                    if (drawn != null && generation.get() == mine) {
                        show(drawn.request(), drawn.chart(), "");
                    }
                }, e -> {
                    if (generation.get() == mine) {
                        show(null, null, e.getMessage());
                    }
                });
    }

    private void show(ChartRequest r, JFreeChart c, String why) {
        request.set(r);
        chart.set(c);
        message.set(why);
    }

    ChartDefinition definition() {
        return new ChartDefinition(series.selectedIds(), agreements.selectedIds(), type.get(), fromYear.get(),
                toYear.get(), title.get());
    }

    /** Saves the definition under the name typed, asking first before replacing one of that name. */
    public void saveChart() {
        String name = saveName.get() == null ? "" : saveName.get().strip();
        if (name.isEmpty()) {
            status.set("Type a name to save the chart under.");
            return;
        }
        if (series.selectedIds().isEmpty()) {
            status.set("Choose one or more series before saving.");
            return;
        }
        boolean taken = saved.stream().anyMatch(s -> s.name().equals(name));
        if (taken && !dialogs.confirm("Replace saved chart", "A chart called \u201c" + name
                + "\u201d is saved already. Replace it with this one?", "Replace")) {
            return;
        }
        SavedChart chosen;
        try {
            chosen = definition().toSaved(UUID.randomUUID(), name);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        Store store = session.store();
        runner.run("saving the chart", () -> store.write(tx -> {
            store.savedCharts().save(tx, chosen);
            return store.savedCharts().all(tx);
        }), all -> {
            saved.setAll(all);
            status.set("Saved as \u201c" + name + "\u201d.");
        }, e -> dialogs.showError("Save chart", e.getMessage()));
    }

    /** Sets the controls to a saved definition and draws it from the data as it is now. */
    public void openSaved(SavedChart chosen) {
        if (chosen == null) {
            return;
        }
        ChartDefinition d = ChartDefinition.of(chosen);
        applying = true;
        series.select(d.seriesIds());
        agreements.select(d.agreementIds());
        type.set(d.type());
        fromYear.set(d.fromYear());
        toYear.set(d.toYear());
        title.set(d.title() == null ? "" : d.title());
        saveName.set(chosen.name());
        applying = false;
        int missing = d.seriesIds().size() - series.selectedIds().size();
        status.set(missing > 0 ? missing + " of its series no longer exist." : "");
        redraw();
    }

    public void deleteSaved(SavedChart chosen) {
        if (chosen == null || !dialogs.confirm("Delete saved chart", "Delete the saved chart \u201c" + chosen.name()
                + "\u201d? The series and agreements it shows are not touched.", "Delete")) {
            return;
        }
        Store store = session.store();
        runner.run("deleting the saved chart", () -> store.write(tx -> {
            store.savedCharts().delete(tx, chosen.id());
            return store.savedCharts().all(tx);
        }), all -> {
            saved.setAll(all);
            status.set("Deleted.");
        }, e -> dialogs.showError("Delete saved chart", e.getMessage()));
    }

    /** Starts again: nothing ticked, every year, automatic type. */
    public void clear() {
        applying = true;
        series.select(List.of());
        agreements.select(List.of());
        type.set(ChartType.AUTO);
        fromYear.set(null);
        toYear.set(null);
        title.set("");
        saveName.set("");
        applying = false;
        status.set("");
        redraw();
    }

    /** Locked: let go of every figure and name the screen holds. */
    @Override
    public void forget() {
        generation.incrementAndGet();
        applying = true;
        series.setAll(List.of(), List.of());
        agreements.setAll(List.of(), List.of());
        years.clear();
        saved.clear();
        applying = false;
        show(null, null, "Choose one or more series to draw.");
        status.set("");
    }

    public ChartOutput output() {
        return output;
    }

    public Checklist series() {
        return series;
    }

    public Checklist agreements() {
        return agreements;
    }

    public ObjectProperty<ChartType> typeProperty() {
        return type;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty saveNameProperty() {
        return saveName;
    }

    public IntegerProperty dpiProperty() {
        return dpi;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<SavedChart> saved() {
        return saved;
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** Why there is no chart, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the last save, export or print did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while an export or print is under way. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    // the shell's record commands do not apply to a chart: it has no record open and nothing unsaved

    @Override
    public void open(UUID id) {
    }

    @Override
    public void newRecord() {
        clear();
    }

    @Override
    public void save() {
        saveChart();
    }

    @Override
    public void cancel() {
    }

    @Override
    public void duplicate() {
    }

    @Override
    public void delete() {
    }

    @Override
    public void link() {
    }

    @Override
    public void back() {
    }

    @Override
    public ReadOnlyBooleanProperty recordOpenProperty() {
        return no.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty hasRecordProperty() {
        return no.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return no.getReadOnlyProperty();
    }

    @Override
    public void leave(Runnable proceed) {
        proceed.run();
    }
}

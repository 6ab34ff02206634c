package org.returnwatch.desktop.chartscreen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
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
import org.returnwatch.app.ChartDefinition;
import org.returnwatch.app.ChartOption;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ChartType;
import org.returnwatch.chart.ExportOptions;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.Screen;
import org.returnwatch.desktop.shell.ScreenCommands;
import org.returnwatch.desktop.shell.ShownRecords;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.SavedChart;

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
    private final Tasks tasks;
    /** The drawing on its way: a newer change supersedes it. */
    private final Tasks drawing;
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
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ScreenCommands commands;
    private final ChartOutput output;
    private boolean applying;

    /**
     * @param printRunner where printing runs: not the database's runner, because the print dialogs wait
     *                    for the user and the database work must not wait behind them
     */
    public ChartsViewModel(Session session, TaskRunner runner, TaskRunner printRunner, DialogService dialogs,
                           Supplier<ChartService> serviceFactory, Printer printer) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.drawing = new Tasks(runner);
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
        message.set("Choose one or more series to draw.");
        canSave.bind(Bindings.createBooleanBinding(() -> saveName.get() != null && !saveName.get().isBlank()
                && !series.selectedIds().isEmpty(), saveName, series.all()));
        commands = ScreenCommands.builder()
                .on(AppAction.NEW_RECORD, this::clear, ScreenCommands.ALWAYS)
                .on(AppAction.SAVE, this::saveChart, canSave)
                .build();
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
        Workspace w = session.workspace();
        List<UUID> ticked = series.selectedIds();
        List<UUID> marked = agreements.selectedIds();
        tasks.run("reading the series and agreements", () -> w.charts().lists(), lists -> {
            applying = true;
            series.setAll(choices(lists.series()), ticked);
            agreements.setAll(choices(lists.agreements()), marked);
            years.setAll(lists.years());
            saved.setAll(lists.saved());
            applying = false;
            redraw();
        }, e -> message.set(e.getMessage()));
    }

    private static List<ChartChoice> choices(List<ChartOption> options) {
        return options.stream().map(o -> new ChartChoice(o.id(), o.label())).toList();
    }

    /** Draws the chart the controls ask for, in the background; a newer change supersedes it. */
    void redraw() {
        if (applying || !session.isUnlocked()) {
            return;
        }
        drawing.supersede();
        ChartDefinition d = definition();
        if (d.seriesIds().isEmpty()) {
            show(null, null, "Choose one or more series to draw.");
            return;
        }
        if (d.fromYear() != null && d.toYear() != null && d.fromYear() > d.toYear()) {
            show(null, null, "The first year (" + d.fromYear() + ") is after the last year (" + d.toYear() + ").");
            return;
        }
        Workspace w = session.workspace();
        drawing.run("drawing the chart", () -> w.charts().draw(service(), d, LocalDate.now()),
                drawn -> show(drawn.request(), drawn.chart(), ""), e -> show(null, null, e.getMessage()));
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
        Workspace w = session.workspace();
        tasks.run("saving the chart", () -> w.charts().save(chosen), all -> {
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
        Workspace w = session.workspace();
        tasks.run("deleting the saved chart", () -> w.charts().delete(chosen.id()), all -> {
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
        tasks.cancelAll();
        drawing.cancelAll();
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

    @Override
    public ScreenCommands commands() {
        return commands;
    }

    @Override
    public Optional<ShownRecords> shown() {
        return Optional.empty();
    }

    /** Ticks the statistic and draws it, with whatever else is ticked. */
    @Override
    public void open(UUID seriesId) {
        series.setSelected(seriesId, true);
    }

    /** A chart has nothing unsaved: a definition is saved under a name when the user asks. */
    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return no.getReadOnlyProperty();
    }

    @Override
    public void leave(Runnable proceed) {
        proceed.run();
    }
}

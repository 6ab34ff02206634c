package org.returnwatch.desktop.chartscreen;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
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
 * The Charts screen: series and agreements ticked in searchable checklists, and the controls of
 * {@link ChartControls}; every change redraws the chart in the background ({@link ChartDrawing}) from the
 * data as it is now. Definitions are saved under a name and opened again later; export and print are
 * in {@link ChartOutput}.
 */
public final class ChartsViewModel implements Screen {
    private final Session session;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final Supplier<ChartService> serviceFactory;
    private volatile ChartService service;
    private final Checklist series = new Checklist();
    private final Checklist agreements = new Checklist();
    private final ChartControls controls = new ChartControls();
    private final ChartDrawing drawing;
    private final StringProperty saveName = new SimpleStringProperty(this, "saveName", "");
    private final IntegerProperty dpi = new SimpleIntegerProperty(this, "dpi", ExportOptions.DEFAULT_DPI);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<SavedChart> saved = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyBooleanWrapper no = new ReadOnlyBooleanWrapper(this, "no", false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ScreenCommands commands;
    private final ChartOutput output;
    private boolean applying;

    /**
     * @param runner      the database's work, and writing exported files
     * @param chartRunner building charts, and preparing and sending print jobs: so that neither a slow
     *                    drawing nor a printer holds up the database
     */
    public ChartsViewModel(Session session, TaskRunner runner, TaskRunner chartRunner, DialogService dialogs,
                           ChartDialogs chartDialogs, Supplier<ChartService> serviceFactory, ChartPrinters printers) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.dialogs = dialogs;
        this.serviceFactory = serviceFactory;
        this.drawing = new ChartDrawing(session, runner, chartRunner, this::service, this::definition);
        this.output = new ChartOutput(runner, chartRunner, dialogs, chartDialogs, this::service, printers,
                drawing.requestProperty(), dpi, working, status);
        series.all().addListener((ListChangeListener<ChartChoice>) c -> reload());
        agreements.all().addListener((ListChangeListener<ChartChoice>) c -> reload());
        controls.onChange(() -> {
            if (!applying) {
                drawing.restyle();
            }
        });
        canSave.bind(Bindings.createBooleanBinding(() -> saveName.get() != null && !saveName.get().isBlank()
                && !series.selectedIds().isEmpty(), saveName, series.all()));
        commands = ScreenCommands.builder()
                .on(AppAction.NEW_RECORD, this::clear, ScreenCommands.ALWAYS)
                .on(AppAction.SAVE, this::saveChart, canSave)
                .build();
    }

    /** Looked up on first use, on a background thread: finding the fonts reads the font folders. */
    private synchronized ChartService service() {
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
        tasks.run(lang("reading the series and agreements"), () -> w.charts().lists(), lists -> {
            applying = true;
            series.setAll(choices(lists.series()), ticked);
            agreements.setAll(choices(lists.agreements()), marked);
            years.setAll(lists.years());
            saved.setAll(lists.saved());
            applying = false;
            drawing.reload();
        }, e -> status.set(message(e)));
    }

    private static List<ChartChoice> choices(List<ChartOption> options) {
        return options.stream().map(o -> new ChartChoice(o.id(), o.label())).toList();
    }

    private void reload() {
        if (!applying) {
            drawing.reload();
        }
    }

    /** The view is now this many pixels: the chart is drawn again with text to suit. */
    public void viewResized(double widthPx, double heightPx) {
        drawing.resized(widthPx, heightPx);
    }

    ChartDefinition definition() {
        return controls.definition(series.selectedIds(), agreements.selectedIds());
    }

    /** Saves the definition under the name typed, asking first before replacing one of that name. */
    public void saveChart() {
        String name = saveName.get() == null ? "" : saveName.get().strip();
        if (name.isEmpty()) {
            status.set(lang("Type a name to save the chart under."));
            return;
        }
        if (series.selectedIds().isEmpty()) {
            status.set(lang("Choose one or more series before saving."));
            return;
        }
        boolean taken = saved.stream().anyMatch(s -> s.name().equals(name));
        if (taken && !dialogs.confirm(lang("Replace saved chart"), lang("A chart called “{0}"
                + "” is saved already. Replace it with this one?", name), lang("Replace"))) {
            return;
        }
        SavedChart chosen;
        try {
            chosen = definition().toSaved(UUID.randomUUID(), name);
        } catch (IllegalArgumentException e) {
            status.set(message(e));
            return;
        }
        Workspace w = session.workspace();
        tasks.run(lang("saving the chart"), () -> w.charts().save(chosen), all -> {
            saved.setAll(all);
            status.set(lang("Saved as “{0}”.", name));
        }, e -> dialogs.showError(lang("Save chart"), message(e)));
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
        controls.set(d);
        saveName.set(chosen.name());
        applying = false;
        int missing = d.seriesIds().size() - series.selectedIds().size();
        status.set(missing > 0 ? lang("{0} of its series no longer exist.", missing) : "");
        drawing.reload();
    }

    public void deleteSaved(SavedChart chosen) {
        if (chosen == null || !dialogs.confirm(lang("Delete saved chart"), lang("Delete the saved chart “{0}"
                + "”? The series and agreements it shows are not touched.", chosen.name()), lang("Delete"))) {
            return;
        }
        Workspace w = session.workspace();
        tasks.run(lang("deleting the saved chart"), () -> w.charts().delete(chosen.id()), all -> {
            saved.setAll(all);
            status.set(lang("Deleted."));
        }, e -> dialogs.showError(lang("Delete saved chart"), message(e)));
    }

    /** Starts again: nothing ticked, every year, automatic type and layout, the default title and palette. */
    public void clear() {
        applying = true;
        series.select(List.of());
        agreements.select(List.of());
        controls.reset();
        saveName.set("");
        applying = false;
        status.set("");
        drawing.reload();
    }

    /** Locked: let go of every figure and name the screen holds. */
    @Override
    public void forget() {
        tasks.cancelAll();
        drawing.forget();
        applying = true;
        series.setAll(List.of(), List.of());
        agreements.setAll(List.of(), List.of());
        years.clear();
        saved.clear();
        applying = false;
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

    public ChartControls controls() {
        return controls;
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
        return drawing.chartProperty();
    }

    /** What the chart on show was drawn from; null when there is none. */
    public ReadOnlyObjectProperty<ChartRequest> requestProperty() {
        return drawing.requestProperty();
    }

    /** Why there is no chart, or why the chart shown is not the one asked for; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return drawing.messageProperty();
    }

    /** The title the chart gets when none is typed, for the title field's prompt; empty with no series. */
    public ReadOnlyStringProperty defaultTitleProperty() {
        return drawing.defaultTitleProperty();
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

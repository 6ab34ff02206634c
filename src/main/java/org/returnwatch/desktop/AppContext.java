package org.returnwatch.desktop;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.returnwatch.app.Databases;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.casefile.DossierFlow;
import org.returnwatch.desktop.casefile.ListReportFlow;
import org.returnwatch.desktop.casefile.TodayScreen;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.chartscreen.ChartPrinters;
import org.returnwatch.desktop.chartscreen.ChartsViewModel;
import org.returnwatch.desktop.chartscreen.FxChartPrinters;
import org.returnwatch.desktop.duplicates.DuplicatesScreen;
import org.returnwatch.desktop.duplicates.MergeFlow;
import org.returnwatch.desktop.protect.DraftOffer;
import org.returnwatch.desktop.protect.PassphraseChangeFlow;
import org.returnwatch.desktop.records.ActorForm;
import org.returnwatch.desktop.records.AgreementForm;
import org.returnwatch.desktop.records.RecordForm;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.desktop.records.SeriesForm;
import org.returnwatch.desktop.records.SourceForm;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.DatabaseCommands;
import org.returnwatch.desktop.shell.MainViewModel;
import org.returnwatch.desktop.shell.OpenWindows;
import org.returnwatch.desktop.shell.RecordDeleter;
import org.returnwatch.desktop.shell.Section;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.transfers.BackupFlow;
import org.returnwatch.desktop.transfers.ExportFlow;
import org.returnwatch.desktop.transfers.ImportFlow;
import org.returnwatch.desktop.unlock.UnlockViewModel;
import org.returnwatch.domain.DomainRecord;

/**
 * The composition root: every part of the program is made and wired here, and only here. The
 * window's views are built from the {@link WindowModel} it makes; tests make windows through it
 * too, with fake dialogs and a runner on their own thread, so they test the wiring the program uses.
 */
public final class AppContext {
    private final Databases databases;
    private final Session session;
    private final TaskRunner runner;
    private final TaskRunner chartRunner;
    private final Supplier<LocalDate> today;
    private final Supplier<ChartService> charts;
    private final ChartPrinters printers;
    private final UnlockViewModel unlock;
    private final OpenWindows windows = new OpenWindows();
    private Runnable quit = () -> { };
    private Runnable newWindow = () -> { };
    private DraftOffer drafts;

    /**
     * @param runner      all database and file work, one piece after another
     * @param chartRunner drawing and printing, so a slow drawing or a printer never holds up the database
     * @param printers    the printers charts are printed on
     */
    public AppContext(Databases databases, Path file, TaskRunner runner, TaskRunner chartRunner,
                      Supplier<LocalDate> today, Supplier<ChartService> charts, ChartPrinters printers) {
        this.databases = databases;
        this.session = new Session(file);
        this.runner = runner;
        this.chartRunner = chartRunner;
        this.today = today;
        this.charts = charts;
        this.printers = printers;
        this.unlock = new UnlockViewModel(session, databases, runner);
    }

    /** As the program runs: work on background threads, fonts of the system, the printers JavaFX finds. */
    public static AppContext desktop(Databases databases, Path file) {
        return new AppContext(databases, file, new FxTaskRunner(), new FxTaskRunner(), LocalDate::now,
                ChartService::withInstalledFonts, new FxChartPrinters(new ChartViewerFactory()));
    }

    /** What Quit and View → New window do: the windows on screen decide. */
    public void setWindowActions(Runnable quitProgram, Runnable openWindow) {
        this.quit = quitProgram;
        this.newWindow = openWindow;
    }

    /** Every view model of a new window, wired, asking through {@code dialogs}. */
    public WindowModel window(WindowDialogs dialogs) {
        WindowModel w = new WindowModel();
        RecordDeleter deleter = new RecordDeleter(session, runner, dialogs.common());
        DatabaseCommands database = new DatabaseCommands(session, databases, runner, dialogs.common(), unlock,
                () -> quit.run(), () -> newWindow.run());
        MainViewModel m = new MainViewModel(session, runner, dialogs.common(), deleter, unlock, database, changed -> {
            Screens fresh = screens(dialogs, deleter, changed);
            w.setScreens(fresh);
            return fresh.bySection();
        });
        ExportFlow export = new ExportFlow(session, runner, dialogs.common(), dialogs.exchange(), today);
        ImportFlow imports = new ImportFlow(session, runner, dialogs.common(), dialogs.exchange(), dialogs.mapping());
        imports.setOnImported(() -> m.command(AppAction.REFRESH).execute());
        BackupFlow backups = new BackupFlow(session, runner, dialogs.common(), databases, today);
        backups.setWindows(m::leaveAllThen, unlock::prepare);
        m.command(AppAction.EXPORT).setHandler(() -> export.start(m.screen().shown()));
        m.command(AppAction.IMPORT).setHandler(imports::importFile);
        m.command(AppAction.IMPORT_FOLDER).setHandler(imports::importFolder);
        m.command(AppAction.BACKUP).setHandler(backups::backup);
        m.command(AppAction.RESTORE).setHandler(backups::restore);
        PassphraseChangeFlow passphrase = new PassphraseChangeFlow(session, runner, dialogs.common(),
                dialogs.passphrases(), databases);
        passphrase.setWindows(m::leaveAllThen, unlock::prepare);
        m.command(AppAction.CHANGE_PASSPHRASE).setHandler(passphrase::change);
        m.command(AppAction.CHANGE_PASSPHRASE).executableProperty().bind(m.unlockedProperty());
        DossierFlow dossier = new DossierFlow(session, runner, dialogs.common(), dialogs.dossier());
        m.command(AppAction.PRINT_DOSSIER).setHandler(() -> {
            CasesScreen cases = w.screens().cases();
            boolean onCase = m.sectionProperty().get() == Section.CASES && cases.recordOpenProperty().get();
            dossier.print(onCase ? cases.detail().originalProperty().get() : null, cases.dirtyProperty().get());
        });
        m.command(AppAction.PRINT_DOSSIER).executableProperty().bind(m.unlockedProperty());
        ListReportFlow listReport = new ListReportFlow(session, runner, dialogs.common(), dialogs.dossier());
        m.command(AppAction.PRINT_LIST_REPORT).setHandler(() -> {
            CasesScreen cases = w.screens().cases();
            boolean onList = m.sectionProperty().get() == Section.CASES && !cases.recordOpenProperty().get();
            listReport.print(onList ? cases.list().currentQuery() : null, cases.listInWords());
        });
        m.command(AppAction.PRINT_LIST_REPORT).executableProperty().bind(m.unlockedProperty());
        w.wire(m, export, imports, backups);
        windows.add(m);
        if (drafts == null) {
            // the first window offers back the edits a lock kept, after every unlock
            drafts = new DraftOffer(session, runner, dialogs.common(), d -> m.restoreDraft(d.kind(), d.recordId(),
                    d.fields()));
        }
        return w;
    }

    /** A window closed: it forgets its records and is no longer asked about unsaved changes. */
    public void closed(WindowModel w) {
        windows.remove(w.main());
    }

    /** @param changed what a save or delete on a screen must refresh (the counts) */
    private Screens screens(WindowDialogs dialogs, RecordDeleter deleter, Runnable changed) {
        CasesScreen cases = new CasesScreen(session, runner, dialogs.common(), dialogs.links(), deleter);
        cases.setOnChanged(changed);
        Map<Section, RecordScreenViewModel<?>> records = new EnumMap<>(Section.class);
        records.put(Section.AGREEMENTS, screen(new AgreementForm(), dialogs, deleter));
        records.put(Section.STATISTICS, screen(new SeriesForm(), dialogs, deleter));
        records.put(Section.SOURCES, screen(new SourceForm(), dialogs, deleter));
        records.put(Section.ACTORS, screen(new ActorForm(), dialogs, deleter));
        records.values().forEach(s -> s.setOnChanged(changed));
        ChartsViewModel chartsScreen = new ChartsViewModel(session, runner, chartRunner, dialogs.common(),
                dialogs.charts(), charts, printers);
        MergeFlow merges = new MergeFlow(session, runner, dialogs.common(), dialogs.merges(), deleter);
        cases.detail().duplicates().setMerges(merges);
        records.values().forEach(s -> s.duplicates().setMerges(merges));
        DuplicatesScreen duplicates = new DuplicatesScreen(session, runner, merges);
        duplicates.setOnChanged(changed);
        return new Screens(cases, records, chartsScreen, duplicates, new TodayScreen(session, runner, today, charts));
    }

    private <T extends DomainRecord> RecordScreenViewModel<T> screen(RecordForm<T> form, WindowDialogs dialogs,
                                                                     RecordDeleter deleter) {
        return new RecordScreenViewModel<>(session, runner, dialogs.common(), dialogs.links(), deleter, form);
    }

    public Session session() {
        return session;
    }

    public UnlockViewModel unlock() {
        return unlock;
    }

    public TaskRunner runner() {
        return runner;
    }

    public TaskRunner chartRunner() {
        return chartRunner;
    }

    public int windowCount() {
        return windows.size();
    }
}

package org.returnwatch.desktop;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.returnwatch.chart.ChartPrinter;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.desktop.action.ActionFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.cases.CaseDetailView;
import org.returnwatch.desktop.cases.CaseListView;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.charts.ChartsView;
import org.returnwatch.desktop.charts.ChartsViewModel;
import org.returnwatch.desktop.common.RecordDeleter;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.dialog.FxDialogService;
import org.returnwatch.desktop.exchange.BackupFlow;
import org.returnwatch.desktop.exchange.ExportFlow;
import org.returnwatch.desktop.exchange.ImportFlow;
import org.returnwatch.desktop.records.ActorForm;
import org.returnwatch.desktop.records.AgreementForm;
import org.returnwatch.desktop.records.RecordForm;
import org.returnwatch.desktop.records.RecordScreenView;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.desktop.records.SeriesForm;
import org.returnwatch.desktop.records.SourceForm;
import org.returnwatch.desktop.session.DatabaseOpener;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.MainView;
import org.returnwatch.desktop.shell.MainViewModel;
import org.returnwatch.desktop.shell.Screen;
import org.returnwatch.desktop.shell.Section;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.returnwatch.desktop.unlock.UnlockView;
import org.returnwatch.desktop.unlock.UnlockViewModel;
import org.returnwatch.domain.DomainRecord;

/**
 * One window: its dialogs, its screens and their views, its menus. Every window of the program
 * shares the session (so the one open database) and the task runners; each has screens of its
 * own, so two windows can hold the same case and their saves meet the version check like any two.
 */
final class AppWindow {
    private final Stage stage;
    private final Session session;
    private final FxTaskRunner runner;
    private final FxTaskRunner chartRunner;
    private final MainViewModel main;
    private final DialogService dialogs;
    private final RecordDeleter deleter;
    private final ActionFactory actions;
    private CaseListView caseList;
    private Map<Section, RecordScreenView<?>> otherViews;

    AppWindow(Stage stage, Session session, FxTaskRunner runner, FxTaskRunner chartRunner, UnlockViewModel unlock,
              DatabaseOpener opener) {
        this.stage = stage;
        this.session = session;
        this.runner = runner;
        this.chartRunner = chartRunner;
        dialogs = new FxDialogService(stage);
        deleter = new RecordDeleter(session, runner, dialogs);

        Screens first = screens();
        main = new MainViewModel(session, runner, dialogs, deleter, unlock, first.all());

        actions = new ActionFactory(main::command);
        Map<Section, Node> views = views(first);
        main.command(AppAction.FIND).setHandler(() -> {
            if (main.sectionProperty().get() == Section.CASES) {
                main.screen().back();
                caseList.focusSearch();
            } else {
                java.util.Optional.ofNullable(otherViews.get(main.sectionProperty().get()))
                        .ifPresent(RecordScreenView::focusSearch);
            }
        });
        main.command(AppAction.FIND).executableProperty().bind(main.unlockedProperty());
        wireExchange(opener);

        UnlockView unlockView = new UnlockView(unlock);
        // never larger than the screen: small laptop screens (and the headless test screen) must hold it
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        MainView mainView = new MainView(main, actions, views, unlockView);
        // on lock the screens and their views are made anew: nothing read before locking survives it
        main.setRebuild(() -> {
            Screens fresh = screens();
            mainView.replaceViews(views(fresh));
            return fresh.all();
        });
        Scene scene = new Scene(mainView, Math.min(1400, screen.getWidth()), Math.min(880, screen.getHeight()));
        String own = Theme.ownStylesheet();
        if (own != null) {
            scene.getStylesheets().add(own);
        }
        stage.setScene(scene);
        stage.setTitle("ReturnWatch");
    }

    /** File → Import, Export, Back up and Restore. */
    private void wireExchange(DatabaseOpener opener) {
        ExportFlow export = new ExportFlow(session, runner, dialogs, LocalDate::now);
        main.command(AppAction.EXPORT).setHandler(() -> export.start(main.screen().shown()));
        ImportFlow imports = new ImportFlow(session, runner, dialogs);
        imports.setOnImported(() -> main.command(AppAction.REFRESH).execute());
        main.command(AppAction.IMPORT).setHandler(imports::importFile);
        main.command(AppAction.IMPORT_FOLDER).setHandler(imports::importFolder);
        BackupFlow backups = new BackupFlow(session, runner, dialogs, opener, LocalDate::now);
        backups.setWindows(main::leaveAllThen, () -> main.unlock().prepare());
        main.command(AppAction.BACKUP).setHandler(backups::backup);
        main.command(AppAction.RESTORE).setHandler(backups::restore);
    }

    /** The screens that hold records; made at start and again on every lock. */
    private record Screens(CasesScreen cases, Map<Section, RecordScreenViewModel<?>> others, ChartsViewModel charts) {
        Map<Section, Screen> all() {
            Map<Section, Screen> all = new EnumMap<>(Section.class);
            all.put(Section.CASES, cases);
            all.put(Section.CHARTS, charts);
            all.putAll(others);
            return all;
        }
    }

    private Screens screens() {
        CasesScreen cases = new CasesScreen(session, runner, dialogs, deleter);
        // main is made after the first screens, but long before anything can be saved
        cases.setOnChanged(() -> main.refreshCounts());
        Map<Section, RecordScreenViewModel<?>> others = new EnumMap<>(Section.class);
        others.put(Section.AGREEMENTS, screen(new AgreementForm()));
        others.put(Section.STATISTICS, screen(new SeriesForm()));
        others.put(Section.SOURCES, screen(new SourceForm()));
        others.put(Section.ACTORS, screen(new ActorForm()));
        others.values().forEach(s -> s.setOnChanged(() -> main.refreshCounts()));
        ChartsViewModel charts = new ChartsViewModel(session, runner, chartRunner, dialogs,
                ChartService::withInstalledFonts, new ChartPrinter()::print);
        return new Screens(cases, others, charts);
    }

    private Map<Section, Node> views(Screens s) {
        CasesScreen cases = s.cases();
        Map<Section, Node> views = new EnumMap<>(Section.class);
        caseList = new CaseListView(cases, actions, () -> cases.open(cases.selectedProperty().get().id()));
        CaseDetailView caseDetail = new CaseDetailView(cases.detail(), actions, main::open);
        caseDetail.visibleProperty().bind(cases.recordOpenProperty());
        caseList.visibleProperty().bind(cases.recordOpenProperty().not());
        views.put(Section.CASES, new StackPane(caseList, caseDetail));
        ObservableList<RecordItem> sources = cases.detail().sources();
        otherViews = new EnumMap<>(Section.class);
        s.others().forEach((section, vm) -> otherViews.put(section, view(vm, sources)));
        views.putAll(otherViews);
        views.put(Section.CHARTS, new ChartsView(s.charts(), new ChartViewerFactory()));
        return views;
    }

    private <T extends DomainRecord> RecordScreenViewModel<T> screen(RecordForm<T> form) {
        return new RecordScreenViewModel<>(session, runner, dialogs, deleter, form);
    }

    private <T extends DomainRecord> RecordScreenView<T> view(RecordScreenViewModel<T> vm,
                                                             ObservableList<RecordItem> sources) {
        return new RecordScreenView<>(vm, actions, main::open, sources);
    }

    MainViewModel main() {
        return main;
    }

    Stage stage() {
        return stage;
    }
}

package org.returnwatch.desktop;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
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
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.KdfParams;
import org.returnwatch.store.Store;

/** The one place where the window's parts are made and wired together. */
public final class AppContext {
    private final Stage stage;
    private final Session session;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final MainViewModel main;
    private final UnlockViewModel unlock;

    public AppContext(Stage stage, DatabaseFile file, KdfParams kdf) {
        this.stage = stage;
        this.session = new Session(file);
        DialogService dialogs = new FxDialogService(stage);
        RecordDeleter deleter = new RecordDeleter(session, runner, dialogs);
        unlock = new UnlockViewModel(session, new DatabaseOpener(kdf), runner);

        CasesScreen cases = new CasesScreen(session, runner, dialogs, deleter);
        Map<Section, RecordScreenViewModel<?>> others = new EnumMap<>(Section.class);
        others.put(Section.AGREEMENTS, screen(dialogs, deleter, new AgreementForm()));
        others.put(Section.STATISTICS, screen(dialogs, deleter, new SeriesForm()));
        others.put(Section.SOURCES, screen(dialogs, deleter, new SourceForm()));
        others.put(Section.ACTORS, screen(dialogs, deleter, new ActorForm()));
        ChartsViewModel charts = new ChartsViewModel(session, runner, new FxTaskRunner(), dialogs,
                ChartService::withInstalledFonts, new ChartPrinter()::print);
        Map<Section, Screen> screens = new EnumMap<>(Section.class);
        screens.put(Section.CASES, cases);
        screens.put(Section.CHARTS, charts);
        screens.putAll(others);
        main = new MainViewModel(session, runner, dialogs, deleter, unlock, screens);
        cases.setOnChanged(main::refreshCounts);
        others.values().forEach(s -> s.setOnChanged(main::refreshCounts));
        main.setQuit(this::quit);

        ActionFactory actions = new ActionFactory(main::command);
        Map<Section, Node> views = new EnumMap<>(Section.class);
        CaseListView caseList = new CaseListView(cases, actions, () -> cases.open(cases.selectedProperty().get().id()));
        CaseDetailView caseDetail = new CaseDetailView(cases.detail(), actions, main::open);
        caseDetail.visibleProperty().bind(cases.recordOpenProperty());
        caseList.visibleProperty().bind(cases.recordOpenProperty().not());
        views.put(Section.CASES, new StackPane(caseList, caseDetail));
        ObservableList<RecordItem> sources = cases.detail().sources();
        Map<Section, RecordScreenView<?>> otherViews = new EnumMap<>(Section.class);
        others.forEach((s, vm) -> otherViews.put(s, view(vm, actions, sources)));
        views.putAll(otherViews);
        views.put(Section.CHARTS, new ChartsView(charts, new ChartViewerFactory()));
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

        UnlockView unlockView = new UnlockView(unlock);
        // never larger than the screen: small laptop screens (and the headless test screen) must hold it
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new MainView(main, actions, views, unlockView), Math.min(1400, screen.getWidth()),
                Math.min(880, screen.getHeight()));
        String own = Theme.ownStylesheet();
        if (own != null) {
            scene.getStylesheets().add(own);
        }
        stage.setScene(scene);
        stage.setTitle("ReturnWatch");
        stage.setOnCloseRequest(e -> {
            e.consume();
            main.command(AppAction.QUIT).execute();
        });
    }

    private <T extends DomainRecord> RecordScreenViewModel<T> screen(DialogService dialogs, RecordDeleter deleter,
                                                                     RecordForm<T> form) {
        return new RecordScreenViewModel<>(session, runner, dialogs, deleter, form);
    }

    private <T extends DomainRecord> RecordScreenView<T> view(RecordScreenViewModel<T> vm, ActionFactory a,
                                                             ObservableList<RecordItem> sources) {
        return new RecordScreenView<>(vm, a, main::open, sources);
    }

    /** Shows the window at once; the database is looked for (and later opened) in the background. */
    public void start() {
        stage.show();
        unlock.prepare();
    }

    private void quit() {
        Store store = session.lock();
        runner.runAndWait(() -> {
            if (store != null) {
                store.close();
            }
        });
        runner.close();
        stage.hide();
        Platform.exit();
    }

    public MainViewModel main() {
        return main;
    }

    public Session session() {
        return session;
    }
}

package org.returnwatch.desktop;

import static org.returnwatch.i18n.Localization.lang;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.returnwatch.app.RecordItem;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.desktop.action.ActionFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.casefile.TodayView;
import org.returnwatch.desktop.cases.CaseDetailView;
import org.returnwatch.desktop.cases.CaseListView;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.chartscreen.ChartsView;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.duplicates.DuplicatesView;
import org.returnwatch.desktop.records.RecordScreenView;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.desktop.shell.MainView;
import org.returnwatch.desktop.shell.MainViewModel;
import org.returnwatch.desktop.shell.Section;
import org.returnwatch.desktop.unlock.UnlockView;
import org.returnwatch.domain.DomainRecord;

/**
 * One window's views, built from its {@link WindowModel}: the menus and sidebar, a view per screen,
 * the passphrase screen. On every lock the screens are made anew, and so are their views, so that
 * no control keeps text read before the lock.
 */
final class AppWindow {
    private final Stage stage;
    private final WindowModel model;
    private final ActionFactory actions;
    private MainView mainView;
    private javafx.beans.value.ObservableStringValue notice;
    private CaseListView caseList;
    private LazyView casesView;
    private Map<Section, LazyView> recordViews = Map.of();

    AppWindow(Stage stage, WindowModel model) {
        this.stage = stage;
        this.model = model;
        MainViewModel main = model.main();
        actions = new ActionFactory(main::command);
        main.command(AppAction.FIND).setHandler(this::find);
        main.command(AppAction.FIND).executableProperty().bind(main.unlockedProperty());
        mainView = mainView();
        model.screensProperty().addListener((o, was, now) -> mainView.replaceViews(views(now)));
        // never larger than the screen: small laptop screens (and the headless test screen) must hold it
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(mainView, Math.min(1400, screen.getWidth()), Math.min(880, screen.getHeight()));
        String own = Theme.ownStylesheet();
        if (own != null) {
            scene.getStylesheets().add(own);
        }
        stage.setScene(scene);
        stage.setTitle(lang("ReturnWatch"));
    }

    private MainView mainView() {
        return new MainView(model.main(), actions, views(model.screens()), new UnlockView(model.main().unlock()));
    }

    /** Builds every view again, in the language now chosen (the screens are the window's as they are). */
    void rebuild() {
        mainView = mainView();
        stage.getScene().setRoot(mainView);
        if (notice != null) {
            mainView.showNotice(notice);
        }
        stage.setTitle(lang("ReturnWatch"));
    }

    /** A line in the status bar while {@code text} is not empty. */
    void showNotice(javafx.beans.value.ObservableStringValue text) {
        notice = text;
        mainView.showNotice(text);
    }

    /** Ctrl+F: the search box of the list on show (on Cases, back from an open case to the list). */
    private void find() {
        MainViewModel main = model.main();
        if (main.sectionProperty().get() == Section.CASES) {
            model.screens().cases().back();
            casesView.view();
            caseList.focusSearch();
        } else {
            Optional.ofNullable(recordViews.get(main.sectionProperty().get()))
                    .ifPresent(v -> ((RecordScreenView<?>) v.view()).focusSearch());
        }
    }

    /**
     * A place per screen, each view built when first shown (see {@link LazyView}): building every screen
     * before the window could show held up the passphrase screen by seconds.
     */
    private Map<Section, Node> views(Screens s) {
        CasesScreen cases = s.cases();
        javafx.beans.value.ObservableBooleanValue unlocked = model.main().unlockedProperty();
        Map<Section, Node> views = new EnumMap<>(Section.class);
        caseList = null;
        LazyView casesPlace = new LazyView(() -> {
            caseList = new CaseListView(cases, actions, () -> cases.open(cases.selectedProperty().get().id()),
                    org.returnwatch.desktop.settings.ColumnChoice.user());
            CaseDetailView caseDetail = new CaseDetailView(cases.detail(), actions, this::open);
            caseDetail.visibleProperty().bind(cases.recordOpenProperty());
            caseList.visibleProperty().bind(cases.recordOpenProperty().not());
            return new StackPane(caseList, caseDetail);
        }, unlocked);
        casesPlace.setId("cases-place");
        views.put(Section.CASES, casesPlace);
        casesView = casesPlace;
        ObservableList<RecordItem> sources = cases.detail().sources();
        Map<Section, LazyView> records = new EnumMap<>(Section.class);
        s.records().forEach((section, vm) -> records.put(section, new LazyView(() -> view(vm, sources), unlocked)));
        recordViews = records;
        views.putAll(records);
        views.put(Section.CHARTS, new LazyView(() -> new ChartsView(s.charts(), new ChartViewerFactory()), unlocked));
        views.put(Section.DUPLICATES, new LazyView(() -> new DuplicatesView(s.duplicates(), this::open), unlocked));
        views.put(Section.TODAY, new LazyView(() -> new TodayView(s.today(), this::open), unlocked));
        s.today().setShowCases(c -> showCases(cases, c));
        return views;
    }

    /** A count of the Today screen clicked: the case list, filtered to the cases it counts. */
    private void showCases(CasesScreen cases, org.returnwatch.app.TodayOverview.Count c) {
        cases.list().showOnly(new org.returnwatch.desktop.cases.CaseListViewModel.Filter(c.statuses(), c.tactics(),
                c.countries(), c.openedSince()));
        model.main().show(Section.CASES);
    }

    private void open(RecordItem item) {
        model.main().open(item);
    }

    private <T extends DomainRecord> RecordScreenView<T> view(RecordScreenViewModel<T> vm,
                                                             ObservableList<RecordItem> sources) {
        return new RecordScreenView<>(vm, actions, this::open, sources);
    }

    WindowModel model() {
        return model;
    }

    Stage stage() {
        return stage;
    }
}

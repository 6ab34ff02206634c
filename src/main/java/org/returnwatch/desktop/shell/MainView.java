package org.returnwatch.desktop.shell;

import static org.returnwatch.i18n.Localization.lang;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.returnwatch.desktop.action.ActionFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.unlock.UnlockView;

/** The window: menus, sidebar, the place on show, and the status bar; the passphrase screen while locked. */
public final class MainView extends BorderPane {
    private final Label notice = new Label();
    private final Map<Section, Node> places = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();
    private final MainViewModel vm;

    public MainView(MainViewModel vm, ActionFactory actions, Map<Section, Node> views, UnlockView unlock) {
        this.vm = vm;
        places.putAll(views);
        setTop(menus(actions));
        Sidebar sidebar = new Sidebar(vm);
        BorderPane work = new BorderPane(content);
        work.setLeft(sidebar);
        StackPane center = new StackPane(work, unlock);
        work.visibleProperty().bind(vm.unlockedProperty());
        unlock.visibleProperty().bind(vm.unlockedProperty().not());
        setCenter(center);
        setBottom(statusBar(vm, actions));
        show(vm.sectionProperty().get());
        vm.sectionProperty().addListener((o, a, b) -> show(b));
        vm.unlockedProperty().addListener((o, a, b) -> {
            if (!b) {
                unlock.focusPassphrase();
            }
        });
        // a shortcut whose command the screen on show does not offer says so, instead of doing nothing
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            for (AppAction a : ScreenCommands.RECORD_ACTIONS) {
                String why = vm.command(a).unavailableProperty().get();
                if (a.shortcut() != null && !why.isEmpty()
                        && javafx.scene.input.KeyCombination.valueOf(a.shortcut()).match(e)) {
                    vm.say(a.label() + ": " + why);
                }
            }
        });
    }

    /** Puts fresh views in place of the old ones (after a lock), so no control keeps an old record's text. */
    public void replaceViews(Map<Section, Node> fresh) {
        places.putAll(fresh);
        show(vm.sectionProperty().get());
    }

    private void show(Section s) {
        content.getChildren().setAll(places.get(s));
    }

    private static MenuBar menus(ActionFactory a) {
        Menu file = new Menu(lang("_File"), null, a.menuItem(AppAction.NEW_DATABASE),
                a.menuItem(AppAction.OPEN_DATABASE),
                new SeparatorMenuItem(), a.menuItem(AppAction.IMPORT), a.menuItem(AppAction.IMPORT_FOLDER),
                a.menuItem(AppAction.EXPORT), a.menuItem(AppAction.PRINT_DOSSIER),
                a.menuItem(AppAction.PRINT_LIST_REPORT), new SeparatorMenuItem(),
                a.menuItem(AppAction.BACKUP), a.menuItem(AppAction.RESTORE), new SeparatorMenuItem(),
                a.menuItem(AppAction.CHANGE_PASSPHRASE), a.menuItem(AppAction.LOCK),
                        a.menuItem(AppAction.LOCK_WHEN_IDLE),
                new SeparatorMenuItem(), a.menuItem(AppAction.QUIT));
        Menu edit = new Menu(lang("_Edit"), null, a.menuItem(AppAction.NEW_RECORD), a.menuItem(AppAction.SAVE),
                a.menuItem(AppAction.CANCEL), a.menuItem(AppAction.ESCAPE), new SeparatorMenuItem(),
                a.menuItem(AppAction.DUPLICATE), a.menuItem(AppAction.DELETE), a.menuItem(AppAction.UNDO_DELETE),
                new SeparatorMenuItem(), a.menuItem(AppAction.LINK));
        Menu view = new Menu(lang("_View"), null, a.menuItem(AppAction.FIND), a.menuItem(AppAction.BACK),
                a.menuItem(AppAction.REFRESH), a.menuItem(AppAction.SHOW_DUPLICATES), new SeparatorMenuItem(),
                a.menuItem(AppAction.NEW_WINDOW), a.menuItem(AppAction.LANGUAGE));
        Menu help = new Menu(lang("_Help"), null, a.menuItem(AppAction.ABOUT));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private HBox statusBar(MainViewModel vm, ActionFactory actions) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label locked = new Label(lang("Locked"));
        locked.visibleProperty().bind(vm.unlockedProperty().not());
        notice.setId("idle-warning");
        notice.getStyleClass().add("idle-warning");
        // one click locks every window, as Ctrl+Shift+L does, for a hurried leave
        javafx.scene.control.Button lock = actions.button(AppAction.LOCK, true);
        lock.setId("lock-button");
        lock.visibleProperty().bind(vm.unlockedProperty());
        lock.managedProperty().bind(lock.visibleProperty());
        HBox bar = new HBox(8, status, gap, notice, locked, busy, lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Shows {@code text} in the status bar while it is not empty (the idle lock's warning). */
    public void showNotice(javafx.beans.value.ObservableStringValue text) {
        notice.textProperty().bind(text);
    }
}

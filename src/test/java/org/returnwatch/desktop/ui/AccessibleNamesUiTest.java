package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader says for each control a keyboard reaches: every screen and the dialogs within
 * reach are walked, and a control with neither words of its own, an accessible text, nor a label
 * pointing at it is named in the failure.
 */
class AccessibleNamesUiTest extends RealWindowTest {
    private final Set<String> unnamed = new LinkedHashSet<>();

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void everyControlOnEveryScreenHasAnAccessibleName(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.waitUntil("the passphrase screen", () -> robot.lookup("#passphrase-repeat").query().isVisible());
        walk(robot, "the first start's passphrase screen");
        ui.createDatabaseAndOpenCase("river stone lantern", "Xie", "Xie Weidong");
        ui.shortcut(KeyCode.P);
        inDialog(robot, ui, "the dossier dialog");
        TableView<?> timeline = robot.lookup("#timeline").queryTableView();
        ui.waitUntil("the incidents", () -> !timeline.getItems().isEmpty());
        robot.interact(() -> timeline.getSelectionModel().select(0));
        walk(robot, "the case");

        ui.shortcut(KeyCode.L);
        ui.waitUntil("the link picker", () -> robot.lookup("#link-search").tryQuery().isPresent());
        walk(robot, "the link picker");
        robot.type(KeyCode.ESCAPE);
        ui.waitUntil("the picker closed", () -> robot.lookup("#link-search").tryQuery().isEmpty());

        for (String section : List.of("today", "agreements", "statistics", "sources", "actors", "duplicates",
                "charts")) {
            robot.clickOn("#nav-" + section);
            WaitForAsyncUtils.waitForFxEvents();
            if (List.of("agreements", "statistics", "sources", "actors").contains(section)) {
                TableView<?> table = robot.lookup((Node n) -> n instanceof TableView<?> && n.getId() != null
                        && n.getId().endsWith("-table") && n.isVisible() && n.getScene() != null
                        && !n.getId().equals("case-table")).queryTableView();
                ui.waitUntil("the " + section, () -> !table.getItems().isEmpty() && table.getItems().get(0) != null);
                robot.interact(() -> table.getSelectionModel().select(0));
                WaitForAsyncUtils.waitForFxEvents();
            }
            walk(robot, section);
        }
        for (String item : List.of("Language\u2026", "Lock when idle\u2026", "Change passphrase\u2026",
                "Export\u2026")) {
            robot.clickOn(item.equals("Language\u2026") ? "View" : "File").clickOn(item);
            inDialog(robot, ui, "the dialog " + item);
        }
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitUntil("the lock", () -> !app.session().isUnlocked() && robot.lookup("#unlock-button").query()
                .isVisible());
        walk(robot, "the unlock screen");
        assertThat(unnamed).as("controls a screen reader cannot name").isEmpty();
    }

    /** Waits for a dialog over the window, walks it, and closes it with Escape. */
    private void inDialog(FxRobot robot, UiDriver ui, String where) {
        ui.waitUntil(where, () -> Window.getWindows().stream().filter(Window::isShowing).count() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        walk(robot, where);
        robot.type(KeyCode.ESCAPE);
        ui.waitUntil(where + " closed", () -> Window.getWindows().stream().filter(Window::isShowing).count() == 1);
    }

    /** Notes every control on show in every window without a name. */
    private void walk(FxRobot robot, String where) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    Parent root = w.getScene().getRoot();
                    Set<Node> labelled = new LinkedHashSet<>();
                    root.lookupAll(".label").forEach(n -> {
                        if (n instanceof Label l && l.getLabelFor() != null && l.isVisible()) {
                            labelled.add(l.getLabelFor());
                        }
                    });
                    check(root, labelled, where);
                }
            }
        });
    }

    private void check(Node n, Set<Node> labelled, String where) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Control c && c.isFocusTraversable() && !named(c, labelled)) {
            unnamed.add(where + ": " + describe(c));
        }
        // the parts of a control (a combo box's cells, a table's rows) are named by it; containers are not
        if (n instanceof Control && !holdsContent(n)) {
            return;
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> check(child, labelled, where));
        }
    }

    private static boolean holdsContent(Node n) {
        return n instanceof ScrollPane || n instanceof TabPane || n instanceof SplitPane || n instanceof TitledPane
                || n instanceof ToolBar || n instanceof Accordion || n instanceof ButtonBar;
    }

    private static boolean named(Control c, Set<Node> labelled) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        if (c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return true;
        }
        return labelled.contains(c);
    }

    private static String describe(Control c) {
        String what = c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId());
        if (c instanceof javafx.scene.control.TextInputControl t && t.getPromptText() != null) {
            what += " (prompt \u201c" + t.getPromptText() + "\u201d)";
        }
        return what;
    }
}

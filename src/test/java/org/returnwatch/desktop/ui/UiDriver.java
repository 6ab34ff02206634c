package org.returnwatch.desktop.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests do again and again: wait for the background work, type, use shortcuts. */
final class UiDriver {
    private final FxRobot robot;

    UiDriver(FxRobot robot) {
        this.robot = robot;
    }

    void waitUntil(String what, BooleanSupplier condition) {
        org.returnwatch.desktop.FxWait.waitUntil(what, condition);
    }

    void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces a text field's text by typing, as a user would. */
    void retype(String query, String text) {
        robot.clickOn(query);
        shortcut(KeyCode.A);
        robot.eraseText(1);
        robot.write(text);
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    int rows(String query) {
        return robot.lookup(query).queryAs(TableView.class).getItems().size();
    }

    void createDatabase(String passphrase) {
        waitUntil("the passphrase screen", () -> robot.lookup("#passphrase-repeat").query().isVisible());
        robot.clickOn("#passphrase").write(passphrase);
        robot.clickOn("#passphrase-repeat").write(passphrase);
        robot.clickOn("#unlock-button");
        toCases();
    }

    /**
     * The row showing the table's first item, once its page has been read. Looked up by index:
     * after the rows shrink the table keeps spare empty row cells, which may come first.
     */
    javafx.scene.control.TableRow<?> firstRow(String table) {
        waitUntil("the first row of " + table, () -> row0(table) != null);
        return reveal(row0(table));
    }

    /** Scrolls the forms holding {@code node} until it is on screen, as a user would before clicking it. */
    <T extends javafx.scene.Node> T reveal(T node) {
        robot.interact(() -> {
            for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    javafx.geometry.Bounds in = sp.getContent()
                            .sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double room = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (room > 0) {
                        sp.setVvalue(Math.max(0, Math.min(1, in.getMinY() / room)));
                    }
                }
            }
        });
        return node;
    }

    /**
     * The cell showing a list's first item, once laid out: a list's cells take their items a layout pulse
     * after the items change, so a cell looked up at once may still show what was there before.
     */
    javafx.scene.control.ListCell<?> firstCell(String list) {
        waitUntil("the first cell of " + list, () -> cell0(list) != null);
        return cell0(list);
    }

    private javafx.scene.control.ListCell<?> cell0(String list) {
        javafx.scene.control.ListView<?> view = robot.lookup(list).queryAs(javafx.scene.control.ListView.class);
        Object first = view.getItems().isEmpty() ? null : view.getItems().get(0);
        return first == null ? null : robot.lookup(list + " .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(c -> c.isVisible() && first.equals(c.getItem())).findFirst().orElse(null);
    }

    private javafx.scene.control.TableRow<?> row0(String table) {
        return robot.lookup(table + " .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getIndex() == 0 && r.getItem() != null && r.isVisible()).findFirst().orElse(null);
    }

    /** Unlocks the database the window was started on (see {@code RealWindowTest.openSeeded}), then shows the cases. */
    void unlock(String passphrase) {
        waitUntil("the unlock screen", () -> robot.lookup("#passphrase").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false) && !robot.lookup("#passphrase-repeat").query().isVisible());
        robot.clickOn("#passphrase").write(passphrase);
        robot.clickOn("#unlock-button");
        toCases();
    }

    /** Unlocks the seeded database the window was started on, then searches for the case {@code name} and opens it. */
    void unlockAndOpenCase(String passphrase, String search, String name) {
        unlock(passphrase);
        openSeededCase(search, name);
    }

    private void openSeededCase(String search, String name) {
        waitUntil("the seeded cases", () -> rows("#case-table") == 14);
        robot.clickOn("#case-search").write(search);
        waitUntil("the search", () -> rows("#case-table") == 1);
        openFirstRow("#case-table");
        waitUntil("the case", () -> text("#case-title").contains(name));
    }

    /** First start on a new database, then search for the seeded case {@code name} and open it. */
    void createDatabaseAndOpenCase(String passphrase, String search, String name) {
        createDatabase(passphrase);
        openSeededCase(search, name);
    }

    /**
     * A new database (the seed dataset in it), a new case named {@code caseName} with a first incident dated
     * {@code date}, and the cursor in that incident's perpetrator, reached with the keyboard alone.
     */
    void createDatabaseAndStartAnIncident(String passphrase, String caseName, String date) {
        createDatabase(passphrase);
        waitUntil("the seeded cases", () -> rows("#case-table") == 14);
        shortcut(javafx.scene.input.KeyCode.N);
        waitUntil("the cursor in the new case's name", () -> "case-name".equals(focusedId()));
        robot.write(caseName);
        tabTo("add-incident");
        robot.type(javafx.scene.input.KeyCode.SPACE);
        waitUntil("the cursor in the incident's date", () -> "incident-date".equals(focusedId()));
        robot.write(date);
        tabTo("incident-perpetrator");
    }

    /** After an unlock the window shows Today: over to the case list, as a user would. */
    void toCases() {
        waitUntil("Today, shown first after an unlock", () -> robot.lookup("#today").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#nav-cases");
    }

    /** Over to the case list from wherever the window is, once it is unlocked. */
    void backToCases(java.util.function.BooleanSupplier unlocked) {
        waitUntil("the window unlocked", unlocked);
        robot.clickOn("#nav-cases");
    }

    void openFirstRow(String table) {
        robot.doubleClickOn(firstRow(table));
    }

    /** The id of the control with the keyboard, in the dialog on top if one is open; a control's parts stand for it. */
    String focusedId() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                // an open dialog has the keyboard (its owner may still say it is focused); else the focused window
                java.util.List<javafx.stage.Window> shown = robot.listWindows().stream()
                        .filter(javafx.stage.Window::isShowing).toList();
                javafx.stage.Window w = shown.stream()
                        .filter(x -> x instanceof javafx.stage.Stage st && st.getOwner() != null).reduce((a, b) -> b)
                        .orElse(shown.stream().filter(javafx.stage.Window::isFocused).findFirst().orElse(null));
                javafx.scene.Node n = w == null ? null : w.getScene().getFocusOwner();
                // a combo box's or spinner's own editor stands for the control
                while (n != null && n.getId() == null && n.getParent() != null) {
                    n = n.getParent();
                }
                return n == null ? null : n.getId();
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Presses Tab until the control with {@code id} has the focus, as a user would; fails if it never does. */
    void tabTo(String id) {
        for (int i = 0; i < 120; i++) {
            if (id.equals(focusedId())) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; the focus stayed at #" + focusedId());
    }
}

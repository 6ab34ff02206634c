package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.returnwatch.desktop.shell.MainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** View → New window (Ctrl+Shift+N) opens a second window on the open database; locking from it locks both. */
class NewWindowUiTest extends RealWindowTest {
    private Stage first;

    @Start
    void start(Stage stage) {
        first = stage;
        open(stage);
    }

    /** The roots of the program's main windows on show, the first window first. */
    private static List<Parent> mainWindows() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof MainView).toList();
    }

    private static int caseRows(FxRobot robot, Parent root) {
        return robot.from(root).lookup("#case-table").queryAs(TableView.class).getItems().size();
    }

    @Test
    void aSecondWindowHasItsOwnScreensAndLocksWithTheFirst(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabase("river stone lantern");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitUntil("the second window", () -> mainWindows().size() == 2);
        Parent second = mainWindows().stream().filter(r -> r != first.getScene().getRoot()).findFirst().orElseThrow();
        ui.waitUntil("its own case table", () -> caseRows(robot, second) == 14);
        Node secondTable = robot.from(second).lookup("#case-table").query();
        Node firstTable = robot.from(first.getScene().getRoot()).lookup("#case-table").query();
        assertThat(secondTable).isNotSameAs(firstTable);

        Node search = robot.from(second).lookup("#case-search").query();
        robot.clickOn(search);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitUntil("both locked", () -> !app.session().isUnlocked() && mainWindows().size() == 1
                && robot.from(first.getScene().getRoot()).lookup("#unlock-button").query().isVisible());
        assertThat(mainWindows()).containsExactly(first.getScene().getRoot());
    }
}

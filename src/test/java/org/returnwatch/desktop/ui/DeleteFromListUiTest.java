package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window: a case deleted from the list leaves the list and the counts, and Undo brings it back. */
class DeleteFromListUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openSeeded(stage, "river stone lantern");
    }

    @Test
    void aCaseDeletedFromTheListLeavesItAndComesBackWithUndo(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlock("river stone lantern");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        robot.clickOn("#case-search").write("jiang");
        ui.waitUntil("the search", () -> ui.rows("#case-table") == 1);
        robot.clickOn(ui.firstRow("#case-table"));
        robot.type(KeyCode.DELETE);
        ui.waitUntil("the question", () -> robot.lookup("Delete case RW-C-0003").tryQuery().isPresent());
        // a hurried Enter keeps the case: the button that deletes is not the default one
        robot.type(KeyCode.ENTER);
        ui.waitUntil("the question gone", () -> robot.lookup("Delete case RW-C-0003").tryQuery().isEmpty());
        assertThat(ui.rows("#case-table")).isEqualTo(1);
        assertThat(ui.text("#status")).contains("14 cases");
        robot.type(KeyCode.DELETE);
        ui.waitUntil("the question again", () -> robot.lookup("Delete case RW-C-0003").tryQuery().isPresent());
        robot.clickOn("Delete case RW-C-0003");
        ui.waitUntil("the list without the case", () -> ui.rows("#case-table") == 0);
        ui.waitUntil("the counts", () -> ui.text("#status").contains("13 cases"));
        ui.shortcut(KeyCode.Z);
        ui.waitUntil("the case back", () -> ui.text("#status").contains("14 cases"));
        assertThat(ui.text("#status")).contains("14 cases");
    }
}

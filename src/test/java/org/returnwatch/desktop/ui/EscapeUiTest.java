package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Esc key in the real window: first it cancels the edit (once confirmed), then it goes back to the list. */
class EscapeUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openSeeded(stage, "river stone lantern");
    }

    /** On screen: the node and every parent visible (the table's own flag never changes). */
    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void escapeCancelsThenGoesBack(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase("river stone lantern", "Xie", "Xie Weidong");
        String stored = robot.lookup("#case-role").queryAs(TextField.class).getText();

        ui.retype("#case-role", "Typed by mistake");
        robot.type(KeyCode.ESCAPE);
        ui.waitUntil("the question", () -> robot.lookup("Discard changes").tryQuery().isPresent());
        robot.clickOn("Discard changes");
        ui.waitUntil("the stored text", () -> stored.equals(robot.lookup("#case-role").queryAs(TextField.class)
                .getText()));
        assertThat(shown(robot.lookup("#case-title").query())).as("still on the case").isTrue();
        assertThat(shown(robot.lookup("#case-table").query())).isFalse();

        robot.type(KeyCode.ESCAPE);
        ui.waitUntil("the list", () -> shown(robot.lookup("#case-table").query()));
        assertThat(shown(robot.lookup("#case-title").query())).isFalse();
    }
}

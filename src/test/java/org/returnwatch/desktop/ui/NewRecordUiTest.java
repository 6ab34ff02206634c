package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Ctrl+N on the case screen: a blank case at the top of its form, the cursor in its name, nothing marked wrong. */
class NewRecordUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openSeeded(stage, "river stone lantern");
    }

    @Test
    void aNewCaseOpensAtTheTopWithTheCursorInItsName(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase("river stone lantern", "Xie", "Xie Weidong");
        robot.interact(() -> formOf(robot).setVvalue(1));

        ui.shortcut(KeyCode.N);
        ui.waitUntil("a new case", () -> ui.text("#case-title").startsWith("New case"));
        ui.waitUntil("the cursor in the name", () -> {
            Node focused = robot.lookup("#case-name").query().getScene().getFocusOwner();
            return focused != null && "case-name".equals(focused.getId());
        });
        assertThat(formOf(robot).getVvalue()).isZero();
        assertThat(ui.text("#case-problem")).isEmpty();
        assertThat(robot.lookup("#button-save").query().isDisabled()).as("nothing typed, nothing to save").isTrue();

        robot.write("Li Ming");
        ui.waitUntil("the save offered", () -> !robot.lookup("#button-save").query().isDisabled());
    }

    /** The scroll pane the case's fields are in. */
    private static ScrollPane formOf(FxRobot robot) {
        for (Node n = robot.lookup("#case-name").query(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane sp) {
                return sp;
            }
        }
        throw new AssertionError("the case's fields are in no scroll pane");
    }
}

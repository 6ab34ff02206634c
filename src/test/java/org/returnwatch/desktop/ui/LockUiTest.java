package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: after File → Lock no control shows (or keeps) the case that was open; after unlock all works. */
class LockUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openSeeded(stage, PASSPHRASE);
    }
    private static final String PASSPHRASE = "river stone lantern";

    /** Every text in the window, visible or not: labels, fields, table rows held by the table. */
    private static boolean windowMentions(Node n, String text) {
        if (n instanceof Labeled l && l.getText() != null && l.getText().contains(text)) {
            return true;
        }
        if (n instanceof TextInputControl t && t.getText() != null && t.getText().contains(text)) {
            return true;
        }
        if (n instanceof TableView<?> t && t.getItems().stream().anyMatch(r -> String.valueOf(r).contains(text))) {
            return true;
        }
        return n instanceof Parent p && p.getChildrenUnmodifiable().stream().anyMatch(c -> windowMentions(c, text));
    }

    @Test
    void lockForgetsTheOpenCaseAndUnlockShowsFreshScreens(FxRobot robot) throws Exception {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase(PASSPHRASE, "Xie", "Xie Weidong");
        Node root = robot.lookup("#menu-bar").query().getScene().getRoot();
        assertThat(WaitForAsyncUtils.asyncFx(() -> windowMentions(root, "Xie")).get()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitUntil("the lock", () -> !app.session().isUnlocked()
                && robot.lookup("#unlock-button").query().isVisible());
        assertThat(WaitForAsyncUtils.asyncFx(() -> windowMentions(root, "Xie")).get()).isFalse();

        robot.clickOn("#passphrase").write(PASSPHRASE);
        robot.clickOn("#unlock-button");
        ui.toCases();
        ui.waitUntil("the fresh case table", () -> app.session().isUnlocked() && ui.rows("#case-table") == 14);
        assertThat(robot.lookup("#case-search").queryAs(TextInputControl.class).getText()).isEmpty();
        robot.clickOn("#case-search").write("Xie");
        ui.waitUntil("the search again", () -> ui.rows("#case-table") == 1);
        ui.openFirstRow("#case-table");
        ui.waitUntil("the case again", () -> ui.text("#case-title").contains("Xie Weidong"));
    }
}

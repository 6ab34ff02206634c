package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window: Ctrl+Shift+L with an unsaved edit locks at once, and the edit comes back after the unlock. */
class PanicLockUiTest extends RealWindowTest {
    private static final String PASSPHRASE = "river stone lantern";

    @Start
    void start(Stage stage) {
        openSeeded(stage, PASSPHRASE);
    }

    @Test
    void anUnsavedEditIsOfferedBackAfterTheUnlock(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase(PASSPHRASE, "Xie", "Xie Weidong");
        ui.retype("#case-city", "Typed before the lock");
        ui.waitUntil("the edit", () -> app.main().screen().dirtyProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitUntil("the lock, without a question", () -> !app.session().isUnlocked()
                && robot.lookup("#unlock-button").query().isVisible());
        assertThat(HistoryUiTest.dialogButton(robot, "Save")).isNull();

        robot.clickOn("#passphrase").write(PASSPHRASE);
        robot.clickOn("#unlock-button");
        ui.waitUntil("the offer", () -> HistoryUiTest.dialogButton(robot, "Restore changes") != null);
        robot.clickOn(HistoryUiTest.dialogButton(robot, "Restore changes"));
        ui.waitUntil("the edit back on the form", () -> "Typed before the lock".equals(
                robot.lookup("#case-city").queryAs(TextInputControl.class).getText()));
        assertThat(ui.text("#case-title")).contains("Xie Weidong");
        assertThat(app.main().screen().dirtyProperty().get()).isTrue();
    }

    @Test
    void theLockButtonInTheStatusBarLocksAtOnce(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase(PASSPHRASE, "Xie", "Xie Weidong");
        robot.clickOn("#lock-button");
        ui.waitUntil("the lock", () -> !app.session().isUnlocked() && robot.lookup("#unlock-button").query()
                .isVisible());
        assertThat(robot.lookup("#lock-button").query().isVisible()).isFalse();
    }
}

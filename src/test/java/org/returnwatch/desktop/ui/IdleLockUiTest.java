package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window left alone with an unsaved edit: it warns, locks by itself, and the edit comes back. */
class IdleLockUiTest extends RealWindowTest {
    private static final String PASSPHRASE = "river stone lantern";

    @Start
    void start(Stage stage) {
        openSeeded(stage, PASSPHRASE, Duration.ofSeconds(15));
    }

    @Test
    void aWindowLeftAloneWarnsThenLocksAndKeepsTheEdit(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase(PASSPHRASE, "Xie", "Xie Weidong");
        ui.retype("#case-city", "Typed before leaving");
        ui.waitUntil("the edit", () -> app.main().screen().dirtyProperty().get());

        // no input from here on: the warning, then the lock, come by themselves
        ui.waitUntil("the warning", () -> robot.lookup("#idle-warning").queryAs(Label.class).getText()
                .startsWith("Locking in"));
        ui.waitUntil("the lock", () -> !app.session().isUnlocked()
                && robot.lookup("#unlock-button").query().isVisible());
        assertThat(robot.lookup("#idle-warning").queryAs(Label.class).getText()).isEmpty();

        robot.clickOn("#passphrase").write(PASSPHRASE);
        robot.clickOn("#unlock-button");
        ui.waitUntil("the offer", () -> HistoryUiTest.dialogButton(robot, "Restore changes") != null);
        robot.clickOn(HistoryUiTest.dialogButton(robot, "Restore changes"));
        ui.waitUntil("the edit back on the form", () -> "Typed before leaving".equals(
                robot.lookup("#case-city").queryAs(TextInputControl.class).getText()));
    }
}

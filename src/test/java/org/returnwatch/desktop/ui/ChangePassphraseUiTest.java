package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window: File → Change passphrase…, then only the new passphrase unlocks the database. */
class ChangePassphraseUiTest extends RealWindowTest {
    private static final String OLD = "the first passphrase";
    private static final String NEW = "a second and longer passphrase";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theNewPassphraseOpensTheDatabaseAndTheOldOneNoLonger(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabase(OLD);
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);

        robot.clickOn("File").clickOn("Change passphrase…");
        ui.waitUntil("the dialog", () -> robot.lookup("#passphrase-current").tryQuery().isPresent());
        robot.clickOn("#passphrase-current").write(OLD);
        robot.clickOn("#passphrase-new").write(NEW);
        robot.clickOn("#passphrase-new-repeat").write(NEW.substring(0, 10));
        Button change = HistoryUiTest.dialogButton(robot, "Change passphrase");
        assertThat(change.isDisabled()).isTrue();
        assertThat(robot.lookup("#passphrase-change-problem").queryAs(Label.class).getText()).contains("differ");
        robot.clickOn("#passphrase-new-repeat").write(NEW.substring(10));
        ui.waitUntil("Change enabled", () -> !change.isDisabled());
        PasswordField current = robot.lookup("#passphrase-current").queryAs(PasswordField.class);
        robot.clickOn(change);

        ui.waitUntil("the change done", () -> HistoryUiTest.dialogButton(robot, "OK") != null);
        assertThat(current.getLength()).as("the field is emptied").isZero();
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains("only the new one opens it"))).isTrue();
        robot.clickOn(HistoryUiTest.dialogButton(robot, "OK"));
        ui.backToCases(() -> app.session().isUnlocked());
        ui.waitUntil("the window unlocked again", () -> app.session().isUnlocked() && ui.rows("#case-table") == 14);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitUntil("the lock", () -> !app.session().isUnlocked() && robot.lookup("#unlock-button").query()
                .isVisible());
        robot.clickOn("#passphrase").write(OLD);
        robot.clickOn("#unlock-button");
        ui.waitUntil("the old one refused", () -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Wrong passphrase. Try again.".equals(l.getText())));
        robot.clickOn("#passphrase").write(NEW);
        robot.clickOn("#unlock-button");
        ui.toCases();
        ui.waitUntil("the new one opens it", () -> app.session().isUnlocked() && ui.rows("#case-table") == 14);
    }
}

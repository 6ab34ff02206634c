package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window: a case is edited, its History tab shows the change, and Restore this version puts it back. */
class HistoryUiTest extends RealWindowTest {
    private static final String PASSPHRASE = "river stone lantern";

    @Start
    void start(Stage stage) {
        openSeeded(stage, PASSPHRASE);
    }

    private static boolean labelled(FxRobot robot, String style, String text) {
        return robot.lookup(style).queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains(text));
    }

    /** A button of a dialog on show (its own window), by its text. */
    static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                // a button of a dialog being closed may have left its scene already
                .filter(b -> b.getScene() != null && b.getScene().getRoot() instanceof javafx.scene.control.DialogPane
                        && text.equals(b.getText()))
                .findFirst().orElse(null);
    }

    @Test
    void anEditedCaseIsPutBackFromItsHistoryTab(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase(PASSPHRASE, "Xie", "Xie Weidong");
        String role = robot.lookup("#case-role").queryAs(TextInputControl.class).getText();
        assertThat(role).isNotBlank();
        ui.retype("#case-role", "Retired judge");
        ui.shortcut(KeyCode.S);
        ui.waitUntil("the save", () -> !app.main().screen().dirtyProperty().get()
                && "Retired judge".equals(robot.lookup("#case-role").queryAs(TextInputControl.class).getText()));

        robot.clickOn("#case-history-tab");
        ui.waitUntil("the edit in the history", () -> labelled(robot, ".history-after", "Retired judge"));
        assertThat(labelled(robot, ".history-field", "Role / occupation")).isTrue();
        assertThat(labelled(robot, ".history-before", role)).isTrue();

        Button restore = robot.lookup(".history-restore").queryAllAs(Button.class).stream().filter(Button::isVisible)
                .findFirst().orElseThrow();
        robot.clickOn(ui.reveal(restore));
        ui.waitUntil("the question", () -> dialogButton(robot, "Restore this version") != null);
        robot.clickOn(dialogButton(robot, "Restore this version"));
        ui.waitUntil("the restore in the history", () -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("put back to an earlier version")));
        robot.clickOn("#case-form-tab");
        ui.waitUntil("the form as it was", () -> role.equals(
                robot.lookup("#case-role").queryAs(TextInputControl.class).getText()));
        assertThat(app.main().screen().dirtyProperty().get()).isFalse();
    }
}

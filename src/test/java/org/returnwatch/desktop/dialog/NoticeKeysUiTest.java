package org.returnwatch.desktop.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnwatch.desktop.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A notice ("Cannot save yet", "Open a record first") pops up while its user is still typing: the
 * words typed on, Space among them, leave it open; Escape or Enter close it.
 */
@ExtendWith(ApplicationExtension.class)
class NoticeKeysUiTest {
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new TextField(), 400, 200));
        stage.show();
        dialogs = new FxDialogService(stage);
    }

    @Test
    void typedWordsDoNotCloseAnErrorNotice(FxRobot robot) {
        Platform.runLater(() -> dialogs.showError("Cannot save yet", "A case needs a name."));
        FxWait.waitUntil("the notice", () -> noticeShown(robot));

        robot.type(KeyCode.A, KeyCode.SPACE, KeyCode.B, KeyCode.SPACE);
        robot.write("more words ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(noticeShown(robot)).as("still open after typing").isTrue();

        robot.type(KeyCode.ESCAPE);
        FxWait.waitUntil("the notice closed by Escape", () -> !noticeShown(robot));
    }

    @Test
    void typedWordsDoNotCloseAnInformationNoticeButEnterDoes(FxRobot robot) {
        Platform.runLater(() -> dialogs.showInfo("Link", "Open a record first, then link it."));
        FxWait.waitUntil("the notice", () -> noticeShown(robot));

        robot.type(KeyCode.SPACE, KeyCode.X, KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(noticeShown(robot)).as("still open after typing").isTrue();

        robot.type(KeyCode.ENTER);
        FxWait.waitUntil("the notice closed by Enter", () -> !noticeShown(robot));
    }

    private static boolean noticeShown(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup(".dialog-pane") != null);
    }
}

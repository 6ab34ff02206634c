package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Databases;
import org.returnwatch.desktop.AppContext;
import org.returnwatch.desktop.Windows;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.store.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A later start: a wrong passphrase says so and lets the user try again. */
@ExtendWith(ApplicationExtension.class)
class UnlockUiTest {
    @TempDir
    static Path dir;
    Windows app;

    @Start
    void start(Stage stage) {
        Theme.applyTheme();
        TestDatabases.create(dir).close();
        app = new Windows(stage,
                AppContext.desktop(new Databases(TestDatabases.FAST), TestDatabases.file(dir).dataFile()));
        app.start();
    }

    @AfterEach
    void close() throws Exception {
        // the session's listeners touch the scene, so locking happens on the FX thread
        org.returnwatch.app.Workspace store = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.session().lock())
                .get();
        if (store != null) {
            store.close();
        }
    }

    @Test
    void wrongPassphraseThenRightOne(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.waitUntil("the unlock screen", () -> robot.lookup("#unlock-button").queryButton().getText()
                .equals("Unlock"));
        assertThat(robot.lookup("#passphrase-repeat").query().isVisible()).isFalse();
        robot.clickOn("#passphrase").write("not it at all");
        robot.clickOn("#unlock-button");
        ui.waitUntil("the refusal", () -> ui.text("#unlock-message").equals("Wrong passphrase. Try again."));
        assertThat(app.session().isUnlocked()).isFalse();
        robot.clickOn("#passphrase").write(TestDatabases.PASSPHRASE);
        robot.clickOn("#unlock-button");
        ui.waitUntil("the unlocked window", () -> app.session().isUnlocked()
                && robot.lookup("#status").queryLabeled().getText().contains("0 cases"));
    }
}

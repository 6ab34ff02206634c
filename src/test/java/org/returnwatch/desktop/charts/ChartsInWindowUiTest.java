package org.returnwatch.desktop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.AppContext;
import org.returnwatch.desktop.Theme;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: the sidebar's Charts place shows the screen, loaded from the unlocked database. */
@ExtendWith(ApplicationExtension.class)
class ChartsInWindowUiTest {
    @TempDir
    static Path dir;
    AppContext app;

    @Start
    void start(Stage stage) {
        Theme.applyTheme();
        app = new AppContext(stage, new DatabaseFile(dir.resolve(System.nanoTime() + ".mv.db")), TestDatabases.FAST);
        app.start();
    }

    @AfterEach
    void close() throws Exception {
        Store store = WaitForAsyncUtils.asyncFx(() -> app.session().lock()).get();
        if (store != null) {
            store.close();
        }
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    @Test
    void theSidebarOpensTheChartsScreen(FxRobot robot) {
        waitUntil("the passphrase screen", () -> robot.lookup("#passphrase-repeat").query().isVisible());
        robot.clickOn("#passphrase").write("river stone lantern");
        robot.clickOn("#passphrase-repeat").write("river stone lantern");
        robot.clickOn("#unlock-button");
        waitUntil("the unlocked window", () -> app.session().isUnlocked());
        robot.clickOn("#nav-charts");
        waitUntil("the charts screen", () -> robot.lookup("#charts-screen").tryQuery().map(Node::isVisible)
                .orElse(false));
        waitUntil("the series", () -> robot.lookup("#chart-series").queryAs(ListView.class).getItems().size() == 19);
        // the place holds no one kind of record, so the sidebar shows no count for it
        assertThat(robot.lookup("#count-charts").query().isVisible()).isFalse();
        robot.clickOn(robot.lookup("#chart-series .check-box").<Node>query());
        waitUntil("the chart", () -> robot.lookup("#chart-viewer").tryQuery().map(Node::isVisible).orElse(false));
    }
}

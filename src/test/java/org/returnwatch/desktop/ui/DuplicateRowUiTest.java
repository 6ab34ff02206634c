package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.AppContext;
import org.returnwatch.desktop.Theme;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+D on a timeline row copies that incident, not the whole case. */
@ExtendWith(ApplicationExtension.class)
class DuplicateRowUiTest {
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
        org.returnwatch.store.Store store = WaitForAsyncUtils.asyncFx(() -> app.session().lock()).get();
        if (store != null) {
            store.close();
        }
    }

    @Test
    void ctrlDOnATimelineRowCopiesTheIncident(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabase("river stone lantern");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        robot.clickOn("#case-search").write("Xie");
        ui.waitUntil("the search", () -> ui.rows("#case-table") == 1);
        ui.openFirstRow("#case-table");
        ui.waitUntil("the case", () -> ui.text("#case-title").contains("Xie Weidong"));
        int before = ui.rows("#timeline");
        assertThat(before).isPositive();

        robot.clickOn(ui.firstRow("#timeline"));
        ui.shortcut(KeyCode.D);
        ui.waitUntil("the copy", () -> ui.rows("#timeline") == before + 1);
        assertThat(ui.text("#case-title")).as("the case itself was not copied").doesNotContain("Copy of")
                .contains("Xie Weidong");
    }
}

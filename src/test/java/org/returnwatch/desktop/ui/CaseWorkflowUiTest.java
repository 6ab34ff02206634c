package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Databases;
import org.returnwatch.desktop.AppContext;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.Windows;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window, headless: first start, search a seeded case, edit, save, reopen; link two new records. */
@ExtendWith(ApplicationExtension.class)
class CaseWorkflowUiTest {
    @TempDir
    static Path dir;
    Windows app;

    @Start
    void start(Stage stage) {
        Theme.applyTheme();
        Path file = dir.resolve(System.nanoTime() + ".mv.db");
        app = new Windows(stage, AppContext.desktop(new Databases(TestDatabases.FAST), file));
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

    /** Double-clicks the first row once its page has been read from the database. */
    private static void openFirstRow(FxRobot robot, UiDriver ui) {
        ui.openFirstRow("#case-table");
    }

    @Test
    void searchOpenEditSaveAndReopenACase(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabase("river stone lantern");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        assertThat(ui.text("#count-cases")).isEqualTo("14");

        robot.clickOn("#case-search").write("Xie");
        ui.waitUntil("the search", () -> ui.rows("#case-table") == 1);
        openFirstRow(robot, ui);
        ui.waitUntil("the case", () -> ui.text("#case-title").contains("Xie Weidong"));
        ui.waitUntil("the links, each with its note", () -> robot.lookup("#links .link-note")
                .queryAllAs(Labeled.class).stream().anyMatch(l -> java.util.List.of("Detained in China.",
                        "Contacted by police.", "Accused of corruption; relatives detained.").contains(l.getText())));

        ui.retype("#case-role", "Former judge; edited in the window");
        ui.shortcut(KeyCode.S);
        ui.waitUntil("the save", () -> Seeded.store(app.session()).read(tx -> Seeded.store(app.session()).cases()
                .get(tx, Reference.parse("RW-C-0001"))).role().equals("Former judge; edited in the window"));

        robot.clickOn("#button-back");
        ui.waitUntil("the list", () -> robot.lookup("#case-table").query().isVisible());
        openFirstRow(robot, ui);
        ui.waitUntil("the case again", () -> ui.text("#case-title").contains("Xie Weidong"));
        assertThat(robot.lookup("#case-role").queryAs(TextField.class).getText())
                .isEqualTo("Former judge; edited in the window");
    }

    @Test
    void createTwoActorsAndLinkThem(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabase("river stone lantern");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        robot.clickOn("#nav-actors");
        ui.waitUntil("the actors", () -> ui.rows("#actors-table") == 61);

        for (String name : new String[] {"Test agency one", "Test agency two"}) {
            ui.shortcut(KeyCode.N);
            ui.waitUntil("a new actor", () -> ui.text("#actors-title").startsWith("New actor"));
            ui.retype("#field-name", name);
            ui.shortcut(KeyCode.S);
            ui.waitUntil("the save", () -> ui.text("#actors-title").endsWith(name));
        }
        ui.waitUntil("the counts", () -> ui.text("#count-actors").equals("63"));

        ui.shortcut(KeyCode.L);
        ui.waitUntil("the picker", () -> robot.lookup("#link-search").tryQuery().isPresent());
        robot.clickOn("#link-search").write("Test agency one");
        ui.waitUntil("the result", () -> robot.lookup("#link-results").queryListView().getItems().size() == 1);
        robot.clickOn(ui.firstCell("#link-results"));
        robot.clickOn("Link");
        ui.waitUntil("the link", () -> robot.lookup("#links").queryListView().getItems().size() == 1);

        // the link shows on the other record too, and opens it on a click
        robot.clickOn(ui.firstCell("#links").lookup(".hyperlink"));
        ui.waitUntil("the other actor", () -> ui.text("#actors-title").endsWith("Test agency one"));
        ui.waitUntil("its link", () -> robot.lookup("#links").queryListView().getItems().size() == 1);
        assertThat(((TableView<?>) robot.lookup("#actors-table").query()).getItems()).hasSize(63);
    }
}

package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.returnwatch.app.CitationRow;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.domain.Citation;
import org.returnwatch.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window: a citation's locator is changed in its dialog and written by the case's Save. */
class CitationEditUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openSeeded(stage, "river stone lantern");
    }

    @Test
    void editACitationThenSave(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase("river stone lantern", "Xie", "Xie Weidong");
        TableView<CitationRow> cites = robot.lookup("#citations").queryTableView();
        ui.waitUntil("its citations", () -> !cites.getItems().isEmpty());
        CitationRow first = cites.getItems().get(0);
        robot.interact(() -> cites.getSelectionModel().select(0));
        Button edit = robot.lookup("#edit-citation").queryButton();
        assertThat(edit.isVisible()).isTrue();
        // fired, not clicked: the button may lie below the scrolled part of the form
        Platform.runLater(edit::fire);
        ui.waitUntil("the citation dialog", () -> robot.lookup("#citation-locator").tryQuery().isPresent());
        TextField locator = robot.lookup("#citation-locator").queryAs(TextField.class);
        robot.clickOn(locator);
        ui.shortcut(KeyCode.A);
        robot.eraseText(1).write("para. 12");
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Change".equals(b.getText())).queryButton());
        ui.waitUntil("the edited row", () -> "para. 12".equals(cites.getItems().get(0).locator()));

        ui.shortcut(KeyCode.S);
        Store store = Seeded.store(app.session());
        ui.waitUntil("the save", () -> store.read(tx -> store.citations().find(tx, first.citationId()))
                .map(Citation::locator).orElse("").equals("para. 12"));
        Citation saved = store.read(tx -> store.citations().find(tx, first.citationId())).orElseThrow();
        assertThat(saved.version()).isEqualTo(first.version() + 1);
    }
}

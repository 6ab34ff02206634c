package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The incident form shows the incident selected, or nothing: never the last one's values, greyed out. */
class IncidentFormClearedUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void afterASaveTheIncidentFormIsEmpty(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabaseAndOpenCase("river stone lantern", "Xie", "Xie Weidong");
        TableView<?> timeline = robot.lookup("#timeline").queryTableView();
        ui.waitUntil("the incidents", () -> !timeline.getItems().isEmpty());
        // before an incident is chosen the form says nothing of counts it does not have
        assertThat(robot.lookup("#incident-other-tactics .text").queryAllAs(javafx.scene.text.Text.class).stream()
                .map(javafx.scene.text.Text::getText)).noneMatch(t -> t.contains("(0/0)"));
        robot.interact(() -> timeline.getSelectionModel().select(0));
        TextArea description = robot.lookup("#incident-description").queryAs(TextArea.class);
        TextField date = robot.lookup("#incident-date").queryAs(TextField.class);
        ComboBox<?> perpetrator = robot.lookup("#incident-perpetrator").queryAs(ComboBox.class);
        ComboBox<?> tactic = robot.lookup("#incident-tactic").queryAs(ComboBox.class);
        assertThat(description.getText()).as("the selected incident is shown").isNotEmpty();
        assertThat(tactic.getValue()).isNotNull();

        robot.clickOn(ui.reveal(description)).write(" Seen again.");
        ui.shortcut(KeyCode.S);
        ui.waitUntil("the save", () -> robot.lookup("#button-save").query().isDisabled()
                && timeline.getSelectionModel().getSelectedItem() == null);

        assertThat(description.isDisabled() || description.getParent().isDisabled()).isTrue();
        assertThat(description.getText()).isEmpty();
        assertThat(date.getText()).isEmpty();
        assertThat(robot.lookup("#incident-country").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#incident-place").queryAs(TextField.class).getText()).isEmpty();
        assertThat(tactic.getValue()).isNull();
        assertThat(perpetrator.getValue()).isNull();
        assertThat(robot.lookup("#incident-host-state").queryAs(ComboBox.class).getValue()).isNull();
    }
}

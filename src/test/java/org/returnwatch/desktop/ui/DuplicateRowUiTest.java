package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Ctrl+D on a timeline row copies that incident, not the whole case. */
class DuplicateRowUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openSeeded(stage, "river stone lantern");
    }

    @Test
    void ctrlDOnATimelineRowCopiesTheIncident(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase("river stone lantern", "Xie", "Xie Weidong");
        int before = ui.rows("#timeline");
        assertThat(before).isPositive();

        robot.clickOn(ui.firstRow("#timeline"));
        ui.shortcut(KeyCode.D);
        ui.waitUntil("the copy", () -> ui.rows("#timeline") == before + 1);
        assertThat(ui.text("#case-title")).as("the case itself was not copied").doesNotContain("Copy of")
                .contains("Xie Weidong");
    }

    @Test
    void addIncidentOpensTheNewEmptyIncidentWhereverTheDateOrderPutsIt(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlockAndOpenCase("river stone lantern", "Xie", "Xie Weidong");
        int before = ui.rows("#timeline");
        assertThat(before).as("the seed case has dated incidents").isGreaterThan(1);

        robot.clickOn(ui.reveal(robot.lookup("#add-incident").queryButton()));
        ui.waitUntil("the new row", () -> ui.rows("#timeline") == before + 1);
        assertThat(robot.lookup("#incident-description").queryAs(javafx.scene.control.TextArea.class).getText())
                .as("the editor shows the new incident, not one already described").isEmpty();
    }
}

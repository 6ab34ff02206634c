package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.AgreementKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A choice on a record screen shows the value's label, never the constant's name lower-cased. */
class ChoiceLabelsUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openSeeded(stage, "river stone lantern");
    }

    @Test
    void anAgreementsKindReadsAsItsLabel(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlock("river stone lantern");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        robot.clickOn("#nav-agreements");
        ui.waitUntil("the agreements", () -> ui.rows("#agreements-table") == 14);
        robot.clickOn("#agreements-search").write("memorandum canada");
        ui.waitUntil("the search", () -> ui.rows("#agreements-table") == 1);
        ui.openFirstRow("#agreements-table");
        ComboBox<?> kind = robot.lookup("#field-kind").queryAs(ComboBox.class);
        ui.waitUntil("the agreement", () -> kind.getValue() == AgreementKind.LAW_ENFORCEMENT_MOU);
        // the box shows its value, and lists its choices, as its converter writes them
        @SuppressWarnings("unchecked")
        ComboBox<Object> box = (ComboBox<Object>) kind;
        assertThat(box.getConverter().toString(box.getValue())).isEqualTo("law-enforcement MOU");
    }
}

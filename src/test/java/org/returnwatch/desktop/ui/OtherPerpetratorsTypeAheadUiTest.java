package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Incident;
import org.returnwatch.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * An incident's other perpetrators ticked among the 61 seeded actors with the keyboard alone: a part of a
 * name typed narrows the list, Enter ticks the match; the arrows and Space tick another; the ticked ones
 * stay on show below the field, and the save keeps them.
 */
class OtherPerpetratorsTypeAheadUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void typingAndEnterOrArrowsAndSpaceTickOtherPerpetrators(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabaseAndStartAnIncident("river stone lantern", "Several Hands", "2021-03-14");
        robot.write("public secu");
        robot.type(KeyCode.ENTER);

        ui.tabTo("incident-other-perpetrators");
        robot.write("csis");
        ui.waitUntil("the list narrowed to the one match", () -> shown(robot).size() == 1);
        assertThat(shown(robot)).containsExactly("Canadian Security Intelligence Service (CSIS)");
        robot.type(KeyCode.ENTER);
        ui.waitUntil("the tick, shown below the field", () -> tickedButtons(robot)
                .contains("Canadian Security Intelligence Service (CSIS)"));
        assertThat(shown(robot)).as("the whole list again, for the next search").hasSize(61);
        assertThat(tickedInList(robot)).containsExactly("Canadian Security Intelligence Service (CSIS)");

        robot.write("canada");
        ui.waitUntil("the list narrowed", () -> shown(robot).size() > 1
                && shown(robot).stream().allMatch(n -> n.toLowerCase().contains("canada")));
        String second = shown(robot).get(1);
        robot.type(KeyCode.DOWN, 2);
        robot.type(KeyCode.SPACE);
        ui.waitUntil("the second match ticked", () -> tickedButtons(robot).contains(second));
        assertThat(robot.lookup("#incident-other-perpetrators").queryAs(javafx.scene.control.TextField.class)
                .getText()).as("the Space that ticked is not typed into the search").isEqualTo("canada");
        assertThat(shown(robot)).as("the search still narrowed").allMatch(n -> n.toLowerCase().contains("canada"));
        robot.type(KeyCode.ESCAPE);
        assertThat(ui.focusedId()).as("the keyboard stays in the field").isEqualTo("incident-other-perpetrators");

        ui.shortcut(KeyCode.S);
        ui.waitUntil("the save", () -> ui.text("#case-title").contains("Several Hands")
                && !ui.text("#case-title").contains("not saved"));
        Store store = Seeded.store(app.session());
        Case saved = store.read(tx -> store.cases().search(tx, "several hands", 0, 2)).get(0);
        List<Incident> incidents = store.read(tx -> store.incidents().forCase(tx, saved.id()));
        Map<String, UUID> actors = store.read(tx -> store.actors().all(tx)).stream()
                .collect(Collectors.toMap(Actor::name, Actor::id));
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).perpetratorIds()).containsExactly(actors.get("Ministry of Public Security (MPS)"),
                actors.get("Canadian Security Intelligence Service (CSIS)"), actors.get(second));
    }

    /** The names the open list shows now. */
    private static List<String> shown(FxRobot robot) {
        return lists(robot).stream().flatMap(l -> l.getItems().stream()).map(o -> ((RecordItem) o).title())
                .toList();
    }

    /** The names whose row shows a tick in the open list. */
    private static List<String> tickedInList(FxRobot robot) {
        return lists(robot).stream().flatMap(l -> l.lookupAll(".list-cell").stream())
                .map(c -> (ListCell<?>) c).filter(c -> c.getItem() != null && c.isVisible())
                .filter(c -> c.lookup(".check-box") instanceof CheckBox b && b.isSelected())
                .map(c -> ((RecordItem) c.getItem()).title()).toList();
    }

    private static List<ListView<?>> lists(FxRobot robot) {
        List<ListView<?>> open = new java.util.ArrayList<>();
        robot.lookup(".combo-box-popup .list-view").queryAllAs(ListView.class).stream()
                .filter(l -> l.isVisible() && l.getScene() != null && l.getScene().getWindow().isShowing())
                .forEach(open::add);
        return open;
    }

    private static List<String> tickedButtons(FxRobot robot) {
        return robot.lookup(".ticked-choice").queryAllAs(Button.class).stream().map(Button::getText).toList();
    }
}

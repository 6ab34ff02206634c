package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
 * The perpetrator of an incident chosen from the 61 seeded actors with the keyboard alone: a part of the
 * name typed, Enter; the list grouped by the kind of party, a heading above each group.
 */
class PerpetratorTypeAheadUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void typingAPartOfTheNameAndEnterChoosesThePerpetrator(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabaseAndStartAnIncident("river stone lantern", "Type Ahead Person", "2021-03-14");

        @SuppressWarnings("unchecked")
        ComboBox<RecordItem> box = robot.lookup("#incident-perpetrator").queryAs(ComboBox.class);
        assertThat(box.getItems()).as("every seeded actor is offered").hasSize(61);
        robot.write("public secu");
        ui.waitUntil("the list narrowed to the one match", () -> shownChoices(robot).size() == 1);
        assertThat(shownChoices(robot)).containsExactly("Ministry of Public Security (MPS)");
        robot.type(KeyCode.ENTER);
        ui.waitUntil("the choice taken", () -> box.getValue() != null);
        assertThat(box.getValue().title()).isEqualTo("Ministry of Public Security (MPS)");

        ui.shortcut(KeyCode.S);
        ui.waitUntil("the save", () -> ui.text("#case-title").contains("Type Ahead Person")
                && !ui.text("#case-title").contains("not saved"));
        Store store = Seeded.store(app.session());
        Case saved = store.read(tx -> store.cases().search(tx, "type ahead person", 0, 2)).get(0);
        List<Incident> incidents = store.read(tx -> store.incidents().forCase(tx, saved.id()));
        Actor mps = store.read(tx -> store.actors().all(tx)).stream()
                .filter(a -> a.name().equals("Ministry of Public Security (MPS)")).findFirst().orElseThrow();
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).perpetratorIds()).containsExactly(mps.id());
    }

    @Test
    void theActorsComeGroupedByKindEachGroupUnderItsHeading(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabase("river stone lantern");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        ui.shortcut(KeyCode.N);
        ui.waitUntil("the cursor in the new case's name", () -> "case-name".equals(ui.focusedId()));
        robot.write("Grouped Person");
        ui.tabTo("add-incident");
        robot.type(KeyCode.SPACE);
        ui.tabTo("incident-perpetrator");

        @SuppressWarnings("unchecked")
        ComboBox<RecordItem> box = robot.lookup("#incident-perpetrator").queryAs(ComboBox.class);
        List<String> names = box.getItems().stream().map(RecordItem::title).toList();
        // agencies first, in alphabetical order, then the officials
        assertThat(names.subList(0, 3)).containsExactly("Canada Border Services Agency (CBSA)",
                "Canadian Security Intelligence Service (CSIS)",
                "Central Commission for Discipline Inspection (provincial branch)");
        assertThat(names.indexOf("Andy Ellis")).isEqualTo(14);

        robot.type(KeyCode.DOWN);
        ui.waitUntil("the list open", () -> !shownChoices(robot).isEmpty());
        List<String> headings = robot.lookup(".choice-group").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).filter(l -> l.getParent() != null).map(Label::getText).toList();
        assertThat(headings).contains("agency", "official").doesNotHaveDuplicates();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aSearchLeftWithoutChoosingChangesNothing(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabaseAndOpenCase("river stone lantern", "Xie", "Xie Weidong");
        javafx.scene.control.TableView<?> timeline = robot.lookup("#timeline").queryTableView();
        ui.waitUntil("the incidents", () -> !timeline.getItems().isEmpty());
        robot.interact(() -> timeline.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ComboBox<RecordItem> box = robot.lookup("#incident-perpetrator").queryAs(ComboBox.class);
        RecordItem before = box.getValue();
        assertThat(before).isNotNull();
        robot.clickOn(ui.reveal(robot.lookup("#incident-place").<javafx.scene.Node>query()));
        ui.tabTo("incident-perpetrator");

        robot.write("no such actor");
        ui.waitUntil("nothing matches", () -> box.isShowing() && shownChoices(robot).isEmpty());
        robot.type(KeyCode.ESCAPE);
        ui.waitUntil("the list closed", () -> !box.isShowing());
        assertThat(box.getValue()).isEqualTo(before);
        assertThat(robot.lookup("#button-save").query().isDisabled()).as("nothing changed, nothing to save").isTrue();

        robot.write("no such actor");
        ui.waitUntil("nothing matches", () -> box.isShowing() && shownChoices(robot).isEmpty());
        robot.clickOn(ui.reveal(robot.lookup("#incident-place").<javafx.scene.Node>query()));
        ui.waitUntil("the list closed", () -> !box.isShowing());
        assertThat(box.getValue()).as("leaving a search keeps the perpetrator").isEqualTo(before);
        assertThat(robot.lookup("#button-save").query().isDisabled()).isTrue();
    }

    /** The names the open drop-down lists now. */
    private static List<String> shownChoices(FxRobot robot) {
        return robot.lookup(".combo-box-popup .list-view").queryAllAs(ListView.class).stream()
                .filter(ListView::isVisible)
                .flatMap(l -> l.getItems().stream()).map(o -> ((RecordItem) o).title()).toList();
    }
}

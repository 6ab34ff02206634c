package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A whole case recorded with the keyboard alone: the passphrase, a new case, two incidents, a
 * citation and a link, each field reached with Tab (multi-line fields let it go on), each button
 * pressed with Space, the link chosen in its picker with the arrow keys and Enter.
 */
class KeyboardOnlyUiTest extends RealWindowTest {
    private static final String PASSPHRASE = "river stone lantern";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aCaseWithTwoIncidentsACitationAndALinkWithoutTheMouse(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.waitUntil("the cursor in the passphrase", () -> "passphrase".equals(ui.focusedId())
                && robot.lookup("#passphrase").query().getScene().getWindow().isFocused());
        robot.write(PASSPHRASE).type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.ENTER);
        // Today comes first after an unlock: over to the cases through the sidebar
        ui.waitUntil("Today", () -> app.session().isUnlocked() && robot.lookup("#today").tryQuery().isPresent());
        ui.tabTo("sidebar");
        robot.type(KeyCode.DOWN);
        ui.waitUntil("the seeded cases", () -> robot.lookup("#case-table").tryQuery().isPresent()
                && ui.rows("#case-table") == 14);

        ui.shortcut(KeyCode.N);
        ui.waitUntil("the cursor in the new case's name", () -> "case-name".equals(ui.focusedId()));
        robot.write("Keyboard Person");
        ui.tabTo("case-summary");
        robot.write("Parents questioned twice.");
        for (String date : List.of("2021-03-14", "May 2022")) {
            ui.tabTo("add-incident");
            robot.type(KeyCode.SPACE);
            ui.waitUntil("the cursor in the incident's date", () -> "incident-date".equals(ui.focusedId()));
            robot.write(date);
            ui.tabTo("incident-description");
            robot.write("Police called at the parents' home");
        }
        ui.shortcut(KeyCode.S);
        ui.waitUntil("the save", () -> ui.text("#case-title").contains("Keyboard Person")
                && !ui.text("#case-title").contains("not saved"));

        ui.tabTo("citation-source");
        robot.type(KeyCode.DOWN);
        ui.tabTo("citation-where");
        robot.write("para. 4");
        ui.tabTo("add-citation");
        robot.type(KeyCode.SPACE);
        ui.waitUntil("the citation", () -> robot.lookup("#citations").queryAs(TableView.class).getItems().size() == 1);

        ui.shortcut(KeyCode.L);
        ui.waitUntil("the cursor in the link search", () -> "link-search".equals(ui.focusedId()));
        robot.write("Xie Weidong");
        ui.waitUntil("the results", () -> !robot.lookup("#link-results").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN);
        ui.tabTo("link-relation");
        robot.type(KeyCode.DOWN);
        ui.tabTo("link-note");
        robot.write("Same family").type(KeyCode.ENTER);
        ui.waitUntil("the link", () -> robot.lookup("#links").queryListView().getItems().size() == 1);

        Store store = Seeded.store(app.session());
        Case saved = store.read(tx -> store.cases().search(tx, "keyboard person", 0, 2)).get(0);
        assertThat(saved.summary()).isEqualTo("Parents questioned twice.");
        List<Incident> incidents = store.read(tx -> store.incidents().forCase(tx, saved.id()));
        assertThat(incidents).hasSize(2).extracting(Incident::description)
                .containsOnly("Police called at the parents' home");
        List<Citation> citations = store.read(tx -> store.citations().forRecord(tx, saved.id()));
        assertThat(citations).extracting(Citation::locator).containsExactly("para. 4");
        List<Link> links = store.read(tx -> store.links().touching(tx, saved.id()));
        assertThat(links).hasSize(1);
        Case xie = store.read(tx -> store.cases().search(tx, "xie weidong", 0, 1)).get(0);
        assertThat(List.of(links.get(0).fromId(), links.get(0).toId())).contains(xie.id());
    }
}

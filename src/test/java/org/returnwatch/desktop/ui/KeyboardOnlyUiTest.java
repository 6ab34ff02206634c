package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
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
import org.testfx.util.WaitForAsyncUtils;

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
        ui.waitUntil("the cursor in the passphrase", () -> "passphrase".equals(focused(robot))
                && robot.lookup("#passphrase").query().getScene().getWindow().isFocused());
        robot.write(PASSPHRASE).type(KeyCode.TAB).write(PASSPHRASE).type(KeyCode.ENTER);
        // Today comes first after an unlock: over to the cases through the sidebar
        ui.waitUntil("Today", () -> app.session().isUnlocked() && robot.lookup("#today").tryQuery().isPresent());
        tabTo(robot, "sidebar");
        robot.type(KeyCode.DOWN);
        ui.waitUntil("the seeded cases", () -> robot.lookup("#case-table").tryQuery().isPresent()
                && ui.rows("#case-table") == 14);

        ui.shortcut(KeyCode.N);
        ui.waitUntil("the cursor in the new case's name", () -> "case-name".equals(focused(robot)));
        robot.write("Keyboard Person");
        tabTo(robot, "case-summary");
        robot.write("Parents questioned twice.");
        for (String date : List.of("2021-03-14", "May 2022")) {
            tabTo(robot, "add-incident");
            robot.type(KeyCode.SPACE);
            ui.waitUntil("the cursor in the incident's date", () -> "incident-date".equals(focused(robot)));
            robot.write(date);
            tabTo(robot, "incident-description");
            robot.write("Police called at the parents' home");
        }
        ui.shortcut(KeyCode.S);
        ui.waitUntil("the save", () -> ui.text("#case-title").contains("Keyboard Person")
                && !ui.text("#case-title").contains("not saved"));

        tabTo(robot, "citation-source");
        robot.type(KeyCode.DOWN);
        tabTo(robot, "citation-where");
        robot.write("para. 4");
        tabTo(robot, "add-citation");
        robot.type(KeyCode.SPACE);
        ui.waitUntil("the citation", () -> robot.lookup("#citations").queryAs(TableView.class).getItems().size() == 1);

        ui.shortcut(KeyCode.L);
        ui.waitUntil("the cursor in the link search", () -> "link-search".equals(focused(robot)));
        robot.write("Xie Weidong");
        ui.waitUntil("the results", () -> !robot.lookup("#link-results").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN);
        tabTo(robot, "link-relation");
        robot.type(KeyCode.DOWN);
        tabTo(robot, "link-note");
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

    private static String focused(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                // an open dialog has the keyboard (its owner may still say it is focused); else the focused window
                List<javafx.stage.Window> shown = robot.listWindows().stream()
                        .filter(javafx.stage.Window::isShowing).toList();
                javafx.stage.Window w = shown.stream()
                        .filter(x -> x instanceof javafx.stage.Stage st && st.getOwner() != null).reduce((a, b) -> b)
                        .orElse(shown.stream().filter(javafx.stage.Window::isFocused).findFirst().orElse(null));
                Node n = w == null ? null : w.getScene().getFocusOwner();
                // a combo box's or spinner's own editor stands for the control
                while (n != null && n.getId() == null && n.getParent() != null) {
                    n = n.getParent();
                }
                return n == null ? null : n.getId();
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Presses Tab until the control with {@code id} has the focus, as a user would; fails if it never does. */
    private static void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 120; i++) {
            if (id.equals(focused(robot))) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; the focus stayed at #" + focused(robot));
    }
}

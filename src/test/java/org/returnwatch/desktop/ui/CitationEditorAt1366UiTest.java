package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The citation editor in a 1366×768 window, beside a case and beside an actor (whose form is narrower,
 * next to the list): every box wide enough to read what is typed, every button with its whole name.
 */
class CitationEditorAt1366UiTest extends RealWindowTest {
    private static final List<String> BOXES = List.of("#citation-source", "#citation-field", "#citation-where");
    private static final List<String> BUTTONS = List.of("#add-citation", "#edit-citation");

    @Start
    void start(Stage stage) {
        open(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void everyCitationFieldAndButtonIsReadableOnTheCaseAndActorScreens(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabaseAndOpenCase("river stone lantern", "Xie", "Xie Weidong");
        assertThat(robot.lookup("#case-name").query().getScene().getWidth()).isLessThanOrEqualTo(1366);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> check(robot, "cases", problems));

        robot.clickOn("#nav-actors");
        ui.waitUntil("the actors", () -> ui.rows("#actors-table") == 61);
        TableView<?> actors = robot.lookup("#actors-table").queryTableView();
        robot.interact(() -> actors.getSelectionModel().select(0));
        ui.waitUntil("the actor's citations", () -> robot.lookup("#citation-field").queryAll().stream()
                .filter(CitationEditorAt1366UiTest::shown).anyMatch(n -> n.localToScene(0, 0).getX() > 300));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> check(robot, "actors", problems));
        assertThat(problems).as("unreadable at 1366×768").isEmpty();
    }

    private static void check(FxRobot robot, String screen, List<String> problems) {
        for (String id : BOXES) {
            Region box = visible(robot, id);
            // ten characters of the field's own font: "para. 12" or "Summary" fit whole
            double wanted = Math.max(100, 10 * fontSize(box));
            if (box.getWidth() < wanted) {
                problems.add(screen + ": " + id + " is " + Math.round(box.getWidth()) + " px wide");
            }
        }
        // the grade holds a two-letter code ("B2"): it only must not be squeezed below what it asks for
        Region grade = visible(robot, "#citation-grade");
        if (grade.getWidth() < grade.prefWidth(-1) - 0.5) {
            problems.add(screen + ": #citation-grade is " + Math.round(grade.getWidth()) + " px wide");
        }
        for (String id : BUTTONS) {
            Labeled b = (Labeled) visible(robot, id);
            if (b.lookup(".text") instanceof Text shown && !shown.getText().equals(b.getText())) {
                problems.add(screen + ": " + id + " shows \u201c" + shown.getText() + "\u201d");
            }
        }
    }

    private static Region visible(FxRobot robot, String id) {
        return (Region) robot.lookup(id).queryAll().stream().filter(CitationEditorAt1366UiTest::shown).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not on show"));
    }

    /** On show: it and every parent visible, in a window that is showing. */
    private static boolean shown(Node n) {
        if (n.getScene() == null || !n.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double fontSize(Region r) {
        return r instanceof javafx.scene.control.Control c && c.lookup(".text") instanceof Text t
                ? t.getFont().getSize() : 14;
    }
}

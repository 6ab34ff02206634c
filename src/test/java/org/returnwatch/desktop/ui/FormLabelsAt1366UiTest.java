package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.settings.LanguageChoice;
import org.returnwatch.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a 1366×768 window, in each language and at a larger text size, every label of the case form and of a
 * record form is shown whole: no "…", all its lines within its height, and never drawn over its field
 * ("Nationalities, passports held" ran under the field beside it).
 */
class FormLabelsAt1366UiTest extends RealWindowTest {
    private static final String PASSPHRASE = "river stone lantern";
    private static final double LARGER = 21;
    private final Preferences node = Preferences.userRoot().node("returnwatch-test-" + UUID.randomUUID());

    @Start
    void start(Stage stage) {
        openSeededAt1366(stage, PASSPHRASE, new LanguageChoice(node));
    }

    @AfterEach
    void forgetTheChoice() throws BackingStoreException {
        node.removeNode();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> Theme.applyTheme());
    }

    @Test
    void everyLabelIsWholeInEachLanguage(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlock(PASSPHRASE);
        List<String> wrong = new ArrayList<>();
        wrong.addAll(caseAndActorForms(robot, ui, "English"));
        for (Language chinese : List.of(Language.SIMPLIFIED_CHINESE, Language.TRADITIONAL_CHINESE)) {
            choose(robot, ui, chinese);
            ui.waitUntil("the lock", () -> !app.session().isUnlocked());
            ui.unlock(PASSPHRASE);
            wrong.addAll(caseAndActorForms(robot, ui, chinese.tag()));
        }
        assertThat(wrong).as("labels cut or over their fields at 1366×768").isEmpty();
    }

    @Test
    void everyLabelIsWholeAtALargerTextSize(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> Theme.applyTheme(LARGER));
        UiDriver ui = new UiDriver(robot);
        ui.unlock(PASSPHRASE);
        assertThat(caseAndActorForms(robot, ui, LARGER + " px")).as("labels cut or over their fields").isEmpty();
    }

    /** The labels wrong on the first case's form and the first actor's, in the window's language now. */
    private List<String> caseAndActorForms(FxRobot robot, UiDriver ui, String where) {
        ui.waitUntil("the seeded cases", () -> shown(robot, "#case-table") instanceof TableView<?> t
                && t.getItems().size() == 14);
        robot.doubleClickOn(firstRow(robot, ui, "#case-table"));
        ui.waitUntil("the case", () -> shown(robot, "#case-title") instanceof Label t
                && t.getText().contains("Xie Weidong"));
        // an incident selected, so its form shows what it holds
        TableView<?> timeline = (TableView<?>) shown(robot, "#timeline");
        ui.waitUntil("the incidents", () -> !timeline.getItems().isEmpty());
        robot.interact(() -> timeline.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> wrong = new ArrayList<>();
        robot.interact(() -> labels((Parent) shown(robot, "#case-tabs"), where + ", case", wrong));
        robot.clickOn("#nav-actors");
        ui.waitUntil("the actors", () -> shown(robot, "#actors-table") instanceof TableView<?> t
                && !t.getItems().isEmpty());
        robot.doubleClickOn(firstRow(robot, ui, "#actors-table"));
        ui.waitUntil("the actor's form", () -> shown(robot, "#actors-tabs") != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> labels((Parent) shown(robot, "#actors-tabs"), where + ", actor", wrong));
        robot.clickOn("#nav-cases");
        return wrong;
    }

    /** Each label in the first column of a form's grid, checked where it stands. */
    private static void labels(Node n, String where, List<String> wrong) {
        if (!n.isVisible() || n instanceof TableView<?> || n instanceof ListView<?>) {
            return;
        }
        if (n instanceof Label l && n.getParent() instanceof GridPane && l.getText() != null
                && !l.getText().isBlank() && index(GridPane.getColumnIndex(l)) == 0) {
            check(l, where, wrong);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> labels(c, where, wrong));
        }
    }

    private static void check(Label l, String where, List<String> wrong) {
        String name = where + ": \u201c" + l.getText() + "\u201d";
        if (!(l.lookup(".text") instanceof Text shown) || !shown.getText().equals(l.getText())) {
            wrong.add(name + " shortened");
            return;
        }
        if (l.getHeight() + 0.5 < l.prefHeight(l.getWidth())) {
            long needed = Math.round(l.prefHeight(l.getWidth()));
            wrong.add(name + " has " + Math.round(l.getHeight()) + " px of the " + needed + " its lines need");
        }
        if (shown.getBoundsInParent().getMaxX() > l.getWidth() + 0.5) {
            wrong.add(name + " runs " + Math.round(shown.getBoundsInParent().getMaxX() - l.getWidth())
                    + " px past its own width");
        }
        Node field = l.getLabelFor();
        if (field != null && field.isVisible()) {
            Bounds mine = l.localToScene(l.getLayoutBounds());
            Bounds its = field.localToScene(field.getLayoutBounds());
            double textEnd = l.localToScene(shown.getBoundsInParent()).getMaxX();
            if (Math.max(mine.getMaxX(), textEnd) > its.getMinX() + 0.5) {
                wrong.add(name + " is drawn over its field by " + Math.round(Math.max(mine.getMaxX(), textEnd)
                        - its.getMinX()) + " px");
            }
        }
    }

    /**
     * The node on show matching {@code query}, or null: a window built again in another language keeps its
     * old views off screen, which a plain look-up may find first.
     */
    private static Node shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(FormLabelsAt1366UiTest::onShow).findFirst()
                .orElse(null);
    }

    private static boolean onShow(Node n) {
        if (n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static javafx.scene.control.TableRow<?> firstRow(FxRobot robot, UiDriver ui, String table) {
        ui.waitUntil("the first row of " + table, () -> row0(robot, table) != null);
        return row0(robot, table);
    }

    private static javafx.scene.control.TableRow<?> row0(FxRobot robot, String table) {
        Node t = shown(robot, table);
        return t == null ? null : t.lookupAll(".table-row-cell").stream()
                .map(r -> (javafx.scene.control.TableRow<?>) r)
                .filter(r -> r.getIndex() == 0 && r.getItem() != null && r.isVisible()).findFirst().orElse(null);
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }

    private void choose(FxRobot robot, UiDriver ui, Language language) {
        Platform.runLater(() -> app.main().command(AppAction.LANGUAGE).execute());
        ui.waitUntil("the language dialog", () -> robot.lookup("#language-choice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Language> box = robot.lookup("#language-choice").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(language));
        // the button speaks the window's language: found by its role, not its word
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK));
    }
}

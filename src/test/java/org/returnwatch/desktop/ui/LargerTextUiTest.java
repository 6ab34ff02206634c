package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.returnwatch.desktop.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at a root text size half as large again as the theme's (a user who asked the system for
 * larger text): the text grows, and no label or button of the case form is cut to "…", no field squeezed.
 */
class LargerTextUiTest extends RealWindowTest {
    private static final double LARGER = 21;

    @Start
    void start(Stage stage) {
        open(stage);
        Theme.applyTheme(LARGER);
    }

    @AfterEach
    void usualSize() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> Theme.applyTheme());
    }

    @Test
    void theCaseFormKeepsEveryWordAtALargerRootFont(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabase("river stone lantern");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        ui.shortcut(KeyCode.N);
        ui.waitUntil("a new case", () -> ui.text("#case-title").startsWith("New case"));
        robot.interact(() -> robot.lookup("#add-incident").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        Parent form = robot.lookup("#case-tabs").queryAs(Parent.class);
        assertThat(robot.lookup("#case-name").queryAs(TextInputControl.class).getFont().getSize())
                .as("the text follows the root size").isEqualTo(LARGER);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> walk(form, cut));
        assertThat(cut).as("words cut or fields squeezed at " + LARGER + " px").isEmpty();
    }

    private static void walk(Node n, List<String> cut) {
        if (!n.isVisible() || n instanceof TableView<?> || n instanceof ListView<?>) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                && l.lookup(".text") instanceof Text shown && !shown.getText().equals(l.getText())) {
            cut.add(l.getClass().getSimpleName() + " \u201c" + l.getText() + "\u201d shown as \u201c"
                    + shown.getText() + "\u201d");
        }
        if (n instanceof TextInputControl || n instanceof ComboBoxBase<?>) {
            javafx.scene.layout.Region r = (javafx.scene.layout.Region) n;
            double em = LARGER;
            if (r.getWidth() < 4 * em || r.getHeight() < 1.2 * em) {
                cut.add(r.getClass().getSimpleName() + (r.getId() == null ? "" : "#" + r.getId()) + " "
                        + Math.round(r.getWidth()) + "\u00d7" + Math.round(r.getHeight()) + " px");
            }
            return;
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, cut));
        }
    }
}

package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.returnwatch.desktop.settings.ColumnChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case list's Columns menu at 1366×768: a column hidden stays hidden when the list is built again (after
 * a lock, as after a restart), its width goes to the columns left, and the reference and the name cannot
 * be hidden.
 */
class CaseListColumnsUiTest extends RealWindowTest {
    private static final String PASSPHRASE = "river stone lantern";

    @Start
    void start(Stage stage) {
        openSeededAt1366(stage, PASSPHRASE);
    }

    @AfterEach
    void showEveryColumnAgain() {
        ColumnChoice.user().save("case-list", List.of());
    }

    @Test
    void aHiddenColumnStaysHiddenAndGivesItsWidthToTheOthers(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlock(PASSPHRASE);
        ui.waitUntil("the cases", () -> ui.rows("#case-table") == 14);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> before = robot.lookup("#case-table").queryTableView();
        double shortened = width(before, "kind") + width(before, "residence") + width(before, "campaign");

        MenuButton menu = robot.lookup("#case-columns").queryAs(MenuButton.class);
        List<String> offered = menu.getItems().stream().map(MenuItem::getText).toList();
        assertThat(offered).contains("Kind", "Residence", "Accusation", "Campaign")
                .doesNotContain("Reference", "Name");
        robot.clickOn(menu);
        ui.waitUntil("the menu open", menu::isShowing);
        // down to "Accusation", the fourth, and untick it with the keyboard
        for (int i = 0; i <= offered.indexOf("Accusation"); i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        ui.waitUntil("the accusation hidden", () -> !column(before, "accusation").isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(before.getVisibleLeafColumns()).as("the other columns").hasSize(before.getColumns().size() - 1);
        double widened = width(before, "kind") + width(before, "residence") + width(before, "campaign");
        assertThat(widened).as("kind, residence and campaign share the accusation's width")
                .isGreaterThan(shortened + 60);
        assertThat(ColumnChoice.user().hidden("case-list")).containsExactly("accusation");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        ui.waitUntil("the lock", () -> !app.session().isUnlocked());
        ui.unlock(PASSPHRASE);
        ui.waitUntil("the cases", () -> ui.rows("#case-table") == 14);
        TableView<?> after = robot.lookup("#case-table").queryTableView();
        assertThat(after).as("a list built anew").isNotSameAs(before);
        assertThat(column(after, "accusation").isVisible()).as("the accusation, still hidden").isFalse();
        assertThat(after.getVisibleLeafColumns()).hasSize(after.getColumns().size() - 1);
        MenuButton again = robot.lookup("#case-columns").queryAs(MenuButton.class);
        assertThat(again.getItems().stream().filter(i -> "Accusation".equals(i.getText()))
                .map(i -> ((javafx.scene.control.CheckMenuItem) i).isSelected())).containsExactly(false);
    }

    private static TableColumn<?, ?> column(TableView<?> table, String name) {
        return table.getColumns().stream().filter(c -> ("case-column-" + name).equals(c.getId())).findFirst()
                .orElseThrow();
    }

    private static double width(TableView<?> table, String name) {
        return column(table, name).getWidth();
    }
}

package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In a 1366×768 window every list's reference column shows its references whole, never "RW-C-0…". */
class ReferenceColumnsAt1366UiTest extends RealWindowTest {
    private static final String PASSPHRASE = "river stone lantern";

    @Start
    void start(Stage stage) {
        openSeeded(stage, PASSPHRASE);
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @Test
    void referencesAreShownWholeInTheCaseActorAndSourceLists(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlock(PASSPHRASE);
        ui.waitUntil("the cases", () -> ui.rows("#case-table") == 14);
        List<String> cut = new ArrayList<>();
        cut.addAll(cutReferences(robot, "#case-table"));
        for (String[] screen : new String[][] {{"#nav-actors", "#actors-table"}, {"#nav-sources", "#sources-table"}}) {
            robot.clickOn(screen[0]);
            ui.waitUntil("the list " + screen[1], () -> robot.lookup(screen[1]).tryQuery().isPresent()
                    && ui.rows(screen[1]) > 0);
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(cutReferences(robot, screen[1]));
        }
        assertThat(cut).as("references cut short at 1366×768").isEmpty();
    }

    /** The reference cells of {@code table} on show whose text is drawn shortened. */
    private static List<String> cutReferences(FxRobot robot, String table) {
        List<String> cut = new ArrayList<>();
        List<TableCell<?, ?>> cells = new ArrayList<>();
        robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).forEach(cells::add);
        int seen = 0;
        for (TableCell<?, ?> cell : cells) {
            String text = cell.getText();
            if (cell.isVisible() && text != null && text.matches("RW-[A-Z]+-\\d+")) {
                seen++;
                if (cell.lookup(".text") instanceof Text drawn && !text.equals(drawn.getText())) {
                    cut.add(table + ": " + text + " drawn as " + drawn.getText());
                }
            }
        }
        assertThat(seen).as("reference cells on show in " + table).isPositive();
        return cut;
    }
}

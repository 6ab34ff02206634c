package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a 1366×768 window the lists show their references, and the case list its risk, status and last
 * change, whole: never "RW-C-0…" or "medi…"; the name keeps room. Other text may be shortened.
 */
class ReferenceColumnsAt1366UiTest extends RealWindowTest {
    private static final String PASSPHRASE = "river stone lantern";

    @Start
    void start(Stage stage) {
        openSeededAt1366(stage, PASSPHRASE);
    }

    @Test
    void referencesAndTimesAreShownWholeInTheCaseActorAndSourceLists(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlock(PASSPHRASE);
        ui.waitUntil("the cases", () -> ui.rows("#case-table") == 14);
        List<String> cut = new ArrayList<>();
        cut.addAll(cutReferences(robot, "#case-table"));
        cut.addAll(cutCells(robot, "#case-table", "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        cut.addAll(cutCells(robot, "#case-table", "open|monitoring|closed"));
        cut.addAll(cutCells(robot, "#case-table", "low|medium|high|critical", "Risk"));
        // and the name keeps room for more than its first letters
        TableColumn<?, ?> name = robot.lookup("#case-table").queryTableView().getColumns().stream()
                .filter(c -> "Name".equals(c.getText())).findFirst().orElseThrow();
        assertThat(name.getWidth()).as("the name column's width").isGreaterThanOrEqualTo(150);
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
        return cutCells(robot, table, "RW-[A-Z]+-\\d+");
    }

    /** The cells of {@code table} on show whose text matches {@code shape} and is drawn shortened. */
    private static List<String> cutCells(FxRobot robot, String table, String shape) {
        return cutCells(robot, table, shape, null);
    }

    /** As {@link #cutCells(FxRobot, String, String)}, in the column headed {@code column} alone (null: any). */
    private static List<String> cutCells(FxRobot robot, String table, String shape, String column) {
        // the rows' cells are laid out a pulse after the rows arrive
        org.returnwatch.desktop.FxWait.waitUntil("cells like " + shape + " in " + table, () -> robot.lookup(
                table + " .table-cell").queryAllAs(TableCell.class).stream().anyMatch(c -> c.isVisible()
                && c.getText() != null && c.getText().matches(shape)));
        List<String> cut = new ArrayList<>();
        List<TableCell<?, ?>> cells = new ArrayList<>();
        robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).forEach(cells::add);
        int seen = 0;
        for (TableCell<?, ?> cell : cells) {
            String text = cell.getText();
            if (cell.isVisible() && text != null && text.matches(shape)
                    && (column == null || cell.getTableColumn() != null
                    && column.equals(cell.getTableColumn().getText()))) {
                seen++;
                if (cell.lookup(".text") instanceof Text drawn && !text.equals(drawn.getText())) {
                    cut.add(table + ": " + text + " drawn as " + drawn.getText());
                }
            }
        }
        assertThat(seen).as("cells like " + shape + " on show in " + table).isPositive();
        return cut;
    }
}

package org.returnwatch.desktop.chartscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnwatch.desktop.FxWait.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.Test;
import org.returnwatch.desktop.ui.RealWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The real window, wired as the program is: the sidebar's Charts place shows the screen, a title and a
 * layout chosen there change the chart, and Print, with no printer installed (none is, headless), says
 * so in one plain dialog that offers a PDF.
 */
class ChartsInWindowUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openSeeded(stage, "river stone lantern");
    }

    private void unlockAndOpenCharts(FxRobot robot) {
        waitUntil("the unlock screen", () -> robot.lookup("#passphrase").query().isVisible());
        robot.clickOn("#passphrase").write("river stone lantern");
        robot.clickOn("#unlock-button");
        waitUntil("the unlocked window", () -> app.session().isUnlocked());
        robot.clickOn("#nav-charts");
        waitUntil("the charts screen", () -> robot.lookup("#charts-screen").tryQuery().map(Node::isVisible)
                .orElse(false));
        waitUntil("the series", () -> robot.lookup("#chart-series").queryAs(ListView.class).getItems().size() == 23);
    }

    private static JFreeChart shown(FxRobot robot) {
        return robot.lookup("#chart-viewer").tryQuery().filter(Node::isVisible)
                .map(n -> ((ChartViewer) n).getChart()).orElse(null);
    }

    private static void tick(FxRobot robot, String search) {
        robot.clickOn("#chart-series-search").eraseText(40).write(search);
        ListView<?> list = robot.lookup("#chart-series").queryAs(ListView.class);
        waitUntil("the search", () -> list.getItems().size() == 1);
        // the list's first cell takes the found series a layout pulse after the search
        waitUntil("the found series in the first cell", () -> boxOfFirstItem(robot, list) != null);
        robot.clickOn(boxOfFirstItem(robot, list));
    }

    private static Node boxOfFirstItem(FxRobot robot, ListView<?> list) {
        Object first = list.getItems().isEmpty() ? null : list.getItems().get(0);
        return robot.lookup("#chart-series .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && first != null && first.equals(c.getItem()))
                .map(c -> c.lookup(".check-box")).filter(b -> b != null && b.isVisible())
                .findFirst().orElse(null);
    }

    @Test
    void theSidebarOpensTheChartsScreen(FxRobot robot) {
        unlockAndOpenCharts(robot);
        // the place holds no one kind of record, so the sidebar shows no count for it
        assertThat(robot.lookup("#count-charts").query().isVisible()).isFalse();
        robot.clickOn(robot.lookup("#chart-series .check-box").<Node>query());
        waitUntil("the chart", () -> shown(robot) != null);
    }

    @Test
    void aTitleAndALayoutChosenChangeTheChart(FxRobot robot) {
        unlockAndOpenCharts(robot);
        tick(robot, "canada inventory");
        waitUntil("the chart", () -> shown(robot) != null);
        tick(robot, "wanted list");
        TextField title = robot.lookup("#chart-title").queryAs(TextField.class);
        // with no title typed the prompt is the title drawn, once the chart of both is built (off the FX thread)
        waitUntil("two series drawn", () -> shown(robot) != null && title.getPromptText().contains("wanted list")
                && title.getPromptText().equals(shown(robot).getTitle().getText()));

        robot.clickOn("#chart-title").write("Backlog and wanted list");
        waitUntil("the typed title", () -> "Backlog and wanted list".equals(shown(robot).getTitle().getText()));

        robot.clickOn("#chart-layout");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> "Small multiples".equals(c.getText()))
                .<Node>query());
        waitUntil("small multiples", () -> shown(robot).getPlot() instanceof CombinedDomainXYPlot p
                && p.getSubplots().size() == 2);
        assertThat(shown(robot).getTitle().getText()).isEqualTo("Backlog and wanted list");
        assertThat(robot.lookup("#chart-layout").queryAs(ComboBox.class).getValue()).hasToString("SMALL_MULTIPLES");
    }

    @Test
    void printWithNoPrinterSaysSoOnceAndOffersAPdf(FxRobot robot) {
        unlockAndOpenCharts(robot);
        tick(robot, "canada inventory");
        waitUntil("the chart", () -> shown(robot) != null);
        robot.clickOn("#print-chart");
        waitUntil("the dialog", () -> dialogText().contains("No printer is installed"));
        assertThat(dialogText()).contains("Save the chart as a PDF").doesNotContain("print service")
                .doesNotContain("cancelled");
        assertThat(robot.lookup("Save as PDF\u2026").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        waitUntil("the dialog to close", () -> dialogText().isEmpty());
        assertThat(robot.lookup("#chart-status").queryAs(Label.class).getText()).isEmpty();
        assertThat(shown(robot)).isNotNull();
    }

    /** The text of the dialogs on show. */
    private static String dialogText() {
        StringBuilder s = new StringBuilder();
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p) {
                s.append(p.getContentText());
            }
        }
        return s.toString();
    }
}

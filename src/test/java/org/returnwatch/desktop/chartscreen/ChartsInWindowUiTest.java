package org.returnwatch.desktop.chartscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnwatch.desktop.FxWait.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.returnwatch.desktop.ui.RealWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: the sidebar's Charts place shows the screen, loaded from the unlocked database. */
class ChartsInWindowUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }


    @Test
    void theSidebarOpensTheChartsScreen(FxRobot robot) {
        waitUntil("the passphrase screen", () -> robot.lookup("#passphrase-repeat").query().isVisible());
        robot.clickOn("#passphrase").write("river stone lantern");
        robot.clickOn("#passphrase-repeat").write("river stone lantern");
        robot.clickOn("#unlock-button");
        waitUntil("the unlocked window", () -> app.session().isUnlocked());
        robot.clickOn("#nav-charts");
        waitUntil("the charts screen", () -> robot.lookup("#charts-screen").tryQuery().map(Node::isVisible)
                .orElse(false));
        waitUntil("the series", () -> robot.lookup("#chart-series").queryAs(ListView.class).getItems().size() == 23);
        // the place holds no one kind of record, so the sidebar shows no count for it
        assertThat(robot.lookup("#count-charts").query().isVisible()).isFalse();
        robot.clickOn(robot.lookup("#chart-series .check-box").<Node>query());
        waitUntil("the chart", () -> robot.lookup("#chart-viewer").tryQuery().map(Node::isVisible).orElse(false));
    }
}

package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Casework;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartService;
import org.returnwatch.desktop.AppContext;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.TestWindows;
import org.returnwatch.desktop.chartscreen.TestPrinters;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Today screen's chart in the real window, headless: a click on a bar opens the case list filtered to it. */
@ExtendWith(ApplicationExtension.class)
class TodayChartUiTest {
    @TempDir
    static Path dir;
    AppContext context;

    @Start
    void start(Stage stage) {
        Theme.applyTheme();
        Session seeded = Seeded.session(dir.resolve("db" + System.nanoTime()));
        Casework work = seeded.workspace().casework();
        for (String ref : List.of("RW-C-0001", "RW-C-0003", "RW-C-0005")) {
            work.change(Reference.parse(ref), new Casework.Change(CaseStatus.OPEN, null,
                    LocalDate.now().minusDays(30), null));
        }
        Workspace workspace = seeded.lock();
        context = new AppContext(new Databases(TestDatabases.FAST), seeded.file(), new FxTaskRunner(),
                new FxTaskRunner(), LocalDate::now, ChartService::withInstalledFonts, TestPrinters.none());
        TestWindows.show(stage, context, new FakeDialogs().all());
        context.session().unlocked(workspace);
    }

    @AfterEach
    void close() throws Exception {
        Workspace w = WaitForAsyncUtils.asyncFx(() -> context.session().lock()).get();
        ((FxTaskRunner) context.runner()).close();
        ((FxTaskRunner) context.chartRunner()).close();
        if (w != null) {
            w.close();
        }
    }

    @Test
    void aClickOnTheCanadaBarOpensTheCasesOpenedLatelyLivingInCanada(FxRobot robot) throws Exception {
        UiDriver ui = new UiDriver(robot);
        ui.waitUntil("the chart by country", () -> robot.lookup("#today-countries-chart").tryQuery().isPresent());
        ChartViewer viewer = robot.lookup("#today-countries-chart").queryAs(ChartViewer.class);
        ui.reveal(viewer);
        ui.waitUntil("the chart drawn", () -> bar(viewer, "Canada") != null);

        Rectangle2D canada = bar(viewer, "Canada").getArea().getBounds2D();
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> viewer.getCanvas().localToScreen(canada.getCenterX(),
                canada.getCenterY())).get();
        robot.clickOn(onScreen);

        ui.waitUntil("the case list", () -> robot.lookup("#case-table").tryQuery().map(t -> t.isVisible())
                .orElse(false));
        ui.waitUntil("the filtered cases", () -> ui.rows("#case-table") == 2);
        TableView<?> table = robot.lookup("#case-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(c -> ((Case) c).ref().toString())
                .containsExactly("RW-C-0001", "RW-C-0003");
    }

    private static CategoryItemEntity bar(ChartViewer viewer, String label) {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getEntityCollection() == null) {
            return null;
        }
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity e && e.getColumnKey().toString().equals(label)) {
                return e;
            }
        }
        return null;
    }
}

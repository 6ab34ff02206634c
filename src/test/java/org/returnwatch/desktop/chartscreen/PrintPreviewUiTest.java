package org.returnwatch.desktop.chartscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.returnwatch.desktop.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The print preview for real, headless, with a printer standing in for one (JavaFX finds none here): it
 * shows the figure as it prints, redraws it as the paper, orientation and margins change, and Print sends
 * the page as set to the printer chosen.
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewUiTest {
    @TempDir
    static Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    final FxTaskRunner runner = new FxTaskRunner();
    final FxTaskRunner chartRunner = new FxTaskRunner();
    final TestPrinters printers = TestPrinters.of("Office laser", "Label printer");
    Session session;
    ChartsViewModel vm;

    @Start
    void start(Stage stage) {
        Theme.applyTheme();
        session = Seeded.session(dir.resolve("db" + System.nanoTime()));
        vm = new ChartsViewModel(session, runner, chartRunner, dialogs, new FxChartDialogs(stage,
                new ChartViewerFactory()), ChartService::withInstalledFonts, printers);
        stage.setScene(new Scene(new ChartsView(vm, new ChartViewerFactory()), 1280, 800));
        stage.show();
        vm.activate();
    }

    @AfterEach
    void close() throws Exception {
        Workspace store = WaitForAsyncUtils.asyncFx(() -> session.lock()).get();
        runner.close();
        chartRunner.close();
        store.close();
    }

    private static Canvas figure(FxRobot robot) {
        return robot.lookup("#print-preview-figure").queryAs(Canvas.class);
    }

    private static void choose(FxRobot robot, String box, String label) {
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> label.equals(c.getText())).<Node>query());
    }

    @Test
    void thePreviewRedrawsAsThePageChangesAndPrintSendsThePageAsSet(FxRobot robot) {
        waitUntil("the series", () -> vm.series().all().size() == 23);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.series().all().stream()
                .filter(c -> c.label().startsWith("RW-S-0004 ")).findFirst().orElseThrow().setSelected(true));
        waitUntil("the chart", () -> vm.requestProperty().get() != null);

        robot.clickOn("#print-chart");
        waitUntil("the preview", () -> robot.lookup("#print-preview-figure").tryQuery().isPresent());
        ComboBox<?> paper = robot.lookup("#print-paper").queryAs(ComboBox.class);
        assertThat(robot.lookup("#print-printer").queryAs(ComboBox.class).getValue()).isEqualTo("Office laser");
        // the figure is drawn across the page inside the margins, one point a pixel, then shown smaller
        double landscape = figure(robot).getWidth();
        double a4OrLetterLong = paper.getValue() == PageSetup.Paper.A4 ? 297 / 25.4 * 72 : 11 * 72;
        assertThat(landscape).isCloseTo(a4OrLetterLong - 2 * 20 / 25.4 * 72, within(0.01));
        assertThat(robot.lookup("#print-summary").queryAs(Label.class).getText()).contains("landscape", "normal");

        choose(robot, "#print-orientation", "Portrait");
        waitUntil("the portrait page", () -> figure(robot).getWidth() < landscape - 100);
        double portrait = figure(robot).getWidth();
        choose(robot, "#print-margins", "Narrow (10 mm)");
        waitUntil("the narrow margins", () -> Math.abs(figure(robot).getWidth() - (portrait + 20 / 25.4 * 72))
                < 0.01);
        choose(robot, "#print-paper", "Letter (8.5 \u00d7 11 in)");
        waitUntil("letter paper", () -> Math.abs(figure(robot).getWidth() - (8.5 * 72 - 20 / 25.4 * 72)) < 0.01);
        choose(robot, "#print-printer", "Label printer");
        double shownHeight = figure(robot).getHeight();

        robot.clickOn("#print-send");
        waitUntil("the job", () -> !printers.jobs.isEmpty());
        TestPrinters.Job job = printers.jobs.get(0);
        assertThat(job.page()).isEqualTo(new PageSetup("Label printer", PageSetup.Paper.LETTER,
                PageSetup.Orientation.PORTRAIT, PageSetup.Margins.NARROW));
        // the page printed is the page previewed
        double caption = job.figure().captionHeight(job.figure().captionAt(job.page().printableWidthPt(),
                job.chartHeightPt()), job.page().printableWidthPt());
        assertThat(Math.ceil(job.chartHeightPt() + caption)).isEqualTo(shownHeight);
        waitUntil("the status", () -> "Sent to Label printer.".equals(vm.statusProperty().get()));
        assertThat(robot.lookup("#print-preview-figure").tryQuery()).isEmpty();
    }
}

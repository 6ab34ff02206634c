package org.returnwatch.desktop.chartscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnwatch.desktop.FxWait.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
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

/** The Charts screen headless: tick a series found by search, narrow the years, export PNG and PDF, save. */
@ExtendWith(ApplicationExtension.class)
class ChartsUiTest {
    @TempDir
    static Path dir;
    final FakeDialogs dialogs = new FakeDialogs();
    final FxTaskRunner runner = new FxTaskRunner();
    final FxTaskRunner chartRunner = new FxTaskRunner();
    Session session;
    ChartsViewModel vm;

    @Start
    void start(Stage stage) {
        Theme.applyTheme();
        session = Seeded.session(dir.resolve("db" + System.nanoTime()));
        vm = new ChartsViewModel(session, runner, chartRunner, dialogs, dialogs,
                ChartService::withInstalledFonts, TestPrinters.none());
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


    @Test
    void theChartsTextFollowsTheSizeOfTheWindowAndAnImpossibleLayoutIsExplained(FxRobot robot) throws Exception {
        waitUntil("the series", () -> vm.series().all().size() == 23);
        for (String ref : new String[] {"RW-S-0001", "RW-S-0005"}) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.series().all().stream()
                    .filter(c -> c.label().startsWith(ref + " ")).findFirst().orElseThrow().setSelected(true));
        }
        waitUntil("the chart", () -> shown(robot) != null && vm.requestProperty().get().series().size() == 2);
        Stage window = (Stage) robot.lookup("#charts-screen").query().getScene().getWindow();
        float large = titleSize(robot);

        WaitForAsyncUtils.asyncFx(() -> {
            window.setWidth(900);
            window.setHeight(560);
        }).get();
        waitUntil("the chart drawn again for the smaller window", () -> titleSize(robot) < large - 2);

        robot.clickOn("#chart-layout");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> "One axis".equals(c.getText()))
                .<Node>query());
        Label message = robot.lookup("#chart-message").queryAs(Label.class);
        waitUntil("the reason", () -> message.isVisible() && message.getText().contains("different units"));
        assertThat(shown(robot)).as("the chart drawn before stays").isNotNull();
        assertThat(shown(robot).getPlot()).isInstanceOf(org.jfree.chart.plot.CombinedDomainXYPlot.class);
    }

    private static JFreeChart shown(FxRobot robot) {
        return robot.lookup("#chart-viewer").tryQuery().filter(Node::isVisible)
                .map(n -> ((ChartViewer) n).getChart()).orElse(null);
    }

    private static float titleSize(FxRobot robot) {
        JFreeChart chart = shown(robot);
        return chart == null ? 0 : chart.getTitle().getFont().getSize2D();
    }

    @Test
    void exportsTheChartOnShowAsPngAndPdf(FxRobot robot) throws Exception {
        waitUntil("the series", () -> vm.series().all().size() == 23);
        robot.clickOn("#chart-series-search").write("canada inventory");
        waitUntil("the search", () -> vm.series().shown().size() == 1);
        Node box = robot.lookup("#chart-series .check-box").query();
        robot.clickOn(box);
        waitUntil("the chart", () -> robot.lookup("#chart-viewer").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#chart-message").query().isVisible()).isFalse();

        robot.clickOn("#chart-from");
        Node year = robot.lookup(".list-cell").match((ListCell<?> c) -> "2015".equals(c.getText())).query();
        robot.clickOn(year);
        waitUntil("the narrowed chart", () -> vm.requestProperty().get() != null
                && Integer.valueOf(2015).equals(vm.requestProperty().get().fromYear()));
        assertThat(vm.requestProperty().get().series()).extracting(s -> s.ref().toString())
                .containsExactly("RW-S-0004");

        Path png = dir.resolve("backlog.png");
        dialogs.exportAnswer = png;
        robot.clickOn("#export-png");
        waitUntil("the PNG", () -> vm.statusProperty().get().equals("Wrote backlog.png."));
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertThat(head).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(png.toFile());
        // 160 mm wide at the default 300 dpi
        assertThat(image.getWidth()).isEqualTo(1890);

        Path pdf = dir.resolve("backlog.pdf");
        dialogs.exportAnswer = pdf;
        robot.clickOn("#export-pdf");
        waitUntil("the PDF", () -> vm.statusProperty().get().equals("Wrote backlog.pdf."));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Canada removal inventory", "2015", "Sources:");
        }

        robot.clickOn("#save-name").write("Backlog since 2015");
        robot.clickOn("#save-chart");
        waitUntil("the saved chart", () -> vm.saved().size() == 1);
        assertThat(vm.saved().get(0).fromYear()).isEqualTo(2015);
    }
}

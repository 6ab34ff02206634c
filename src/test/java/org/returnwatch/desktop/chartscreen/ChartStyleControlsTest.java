package org.returnwatch.desktop.chartscreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.chart.ChartLayout;
import org.returnwatch.chart.ChartPalette;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartService;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.desktop.task.QueuedTaskRunner;

/**
 * The title, layout and palette chosen on the Charts screen reach the request and the chart drawn, are
 * saved with the chart, and a layout that cannot hold the series leaves the chart as it was, saying why;
 * the chart's text follows the size of the view. Against a real seeded database.
 */
class ChartStyleControlsTest {
    @TempDir
    Path dir;
    Session session;
    final FakeDialogs dialogs = new FakeDialogs();
    ChartsViewModel vm;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        vm = new ChartsViewModel(session, new DirectTaskRunner(), new DirectTaskRunner(), dialogs, dialogs,
                () -> ChartsViewModelTest.CHARTS, TestPrinters.none());
        vm.activate();
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private void tick(String ref) {
        vm.series().all().stream().filter(x -> x.label().startsWith(ref + " ")).findFirst().orElseThrow()
                .setSelected(true);
    }

    private ChartRequest request() {
        return vm.requestProperty().get();
    }

    private JFreeChart chart() {
        return vm.chartProperty().get();
    }

    @Test
    void theDefaultTitleIsOfferedAndATypedTitleReplacesIt() {
        assertThat(vm.defaultTitleProperty().get()).isEmpty();
        tick("RW-S-0004");
        assertThat(vm.defaultTitleProperty().get()).isEqualTo("Canada removal inventory: Chinese nationals")
                .isEqualTo(chart().getTitle().getText());
        tick("RW-S-0011");
        // recomputed as the series change: the two names with the words they share said once
        assertThat(vm.defaultTitleProperty().get()).isEqualTo(request().defaultTitle())
                .contains("Canada", "U.S.").isEqualTo(chart().getTitle().getText());

        vm.controls().titleProperty().set("Backlogs of removals");
        assertThat(request().title()).isEqualTo("Backlogs of removals");
        assertThat(chart().getTitle().getText()).isEqualTo("Backlogs of removals");
        assertThat(vm.defaultTitleProperty().get()).isEqualTo(request().defaultTitle());

        vm.controls().titleProperty().set("   ");
        assertThat(request().title()).isNull();
        assertThat(chart().getTitle().getText()).isEqualTo(request().defaultTitle());
    }

    @Test
    void theLayoutChosenDecidesThePanels() {
        tick("RW-S-0004");
        tick("RW-S-0013");
        vm.controls().layoutProperty().set(ChartLayout.SMALL_MULTIPLES);
        assertThat(request().layout()).isEqualTo(ChartLayout.SMALL_MULTIPLES);
        assertThat(chart().getPlot()).isInstanceOf(CombinedDomainXYPlot.class);
        assertThat(((CombinedDomainXYPlot) chart().getPlot()).getSubplots()).hasSize(2);

        vm.controls().layoutProperty().set(ChartLayout.ONE_AXIS);
        assertThat(request().layout()).isEqualTo(ChartLayout.ONE_AXIS);
        assertThat(chart().getPlot()).isNotInstanceOf(CombinedDomainXYPlot.class);
    }

    @Test
    void theGreyscalePaletteDrawsInGreysOnly() {
        tick("RW-S-0004");
        tick("RW-S-0011");
        assertThat(request().palette()).isEqualTo(ChartPalette.COLOUR_BLIND_SAFE);
        assertThat(colouredPixels(chart())).isGreaterThan(200);
        vm.controls().paletteProperty().set(ChartPalette.GREYSCALE);
        assertThat(request().palette()).isEqualTo(ChartPalette.GREYSCALE);
        assertThat(colouredPixels(chart())).isZero();
    }

    @Test
    void aLayoutThatCannotHoldTheSeriesKeepsTheChartOnShowAndSaysWhy() {
        tick("RW-S-0001");
        tick("RW-S-0005");
        JFreeChart before = chart();
        ChartRequest drawnFrom = request();
        assertThat(vm.messageProperty().get()).isEmpty();

        // people and per cent cannot share one axis
        vm.controls().layoutProperty().set(ChartLayout.ONE_AXIS);
        assertThat(vm.messageProperty().get()).startsWith("Cannot draw series in different units")
                .contains("people", "per cent", "The chart shown is the one drawn before.")
                .doesNotContain("Exception");
        assertThat(chart()).isSameAs(before);
        assertThat(request()).isSameAs(drawnFrom);
        assertThat(dialogs.errors).isEmpty();

        vm.controls().layoutProperty().set(ChartLayout.SMALL_MULTIPLES);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(chart()).isNotSameAs(before);
        assertThat(request().layout()).isEqualTo(ChartLayout.SMALL_MULTIPLES);
    }

    @Test
    void aSavedChartKeepsItsLayoutAndPalette() {
        tick("RW-S-0004");
        tick("RW-S-0013");
        vm.controls().layoutProperty().set(ChartLayout.SMALL_MULTIPLES);
        vm.controls().paletteProperty().set(ChartPalette.GREYSCALE);
        vm.controls().titleProperty().set("Backlog and wanted list");
        vm.saveNameProperty().set("Panels");
        vm.saveChart();
        assertThat(vm.saved()).singleElement().satisfies(s -> {
            assertThat(s.layout()).isEqualTo("SMALL_MULTIPLES");
            assertThat(s.palette()).isEqualTo("GREYSCALE");
        });

        vm.clear();
        assertThat(vm.controls().layoutProperty().get()).isEqualTo(ChartLayout.AUTO);
        assertThat(vm.controls().paletteProperty().get()).isEqualTo(ChartPalette.COLOUR_BLIND_SAFE);
        // what is saved is read back from the database, not from the screen
        vm.activate();
        vm.openSaved(vm.saved().get(0));
        assertThat(vm.controls().layoutProperty().get()).isEqualTo(ChartLayout.SMALL_MULTIPLES);
        assertThat(vm.controls().paletteProperty().get()).isEqualTo(ChartPalette.GREYSCALE);
        assertThat(request().layout()).isEqualTo(ChartLayout.SMALL_MULTIPLES);
        assertThat(request().palette()).isEqualTo(ChartPalette.GREYSCALE);
        assertThat(chart().getTitle().getText()).isEqualTo("Backlog and wanted list");
        assertThat(((CombinedDomainXYPlot) chart().getPlot()).getSubplots()).hasSize(2);
    }

    @Test
    void theChartsTextIsSizedForTheView() {
        tick("RW-S-0004");
        vm.viewResized(400, 250);
        float small = chart().getTitle().getFont().getSize2D();
        vm.viewResized(1200, 760);
        float large = chart().getTitle().getFont().getSize2D();
        assertThat((double) large / small).isCloseTo(ChartService.screenScale(1200, 760), org.assertj.core.data.Offset
                .offset(0.05));
        assertThat(large).isGreaterThan(small * 2);
    }

    @Test
    void aStyleChangeOnlyBuildsAgainAndANewerBuildSupersedesAnOlderOne() {
        QueuedTaskRunner db = new QueuedTaskRunner();
        QueuedTaskRunner charts = new QueuedTaskRunner();
        ChartsViewModel screen = new ChartsViewModel(session, db, charts, dialogs, dialogs,
                () -> ChartsViewModelTest.CHARTS, TestPrinters.none());
        screen.activate();
        db.runAll();
        screen.series().all().stream().filter(x -> x.label().startsWith("RW-S-0004 ")).findFirst().orElseThrow()
                .setSelected(true);
        // the series are read once, on the database's runner; the chart is built on the other
        assertThat(db.queued()).hasSize(1);
        db.runAll();
        assertThat(charts.queued()).hasSize(1);
        screen.controls().titleProperty().set("First");
        screen.controls().titleProperty().set("Second");
        assertThat(db.queued()).as("a title needs no reading").isEmpty();
        // the newest build answers first; the older ones, superseded, are skipped
        charts.runLast();
        charts.runAll();
        assertThat(screen.chartProperty().get().getTitle().getText()).isEqualTo("Second");
        assertThat(screen.requestProperty().get().title()).isEqualTo("Second");
    }

    /** Pixels whose red, green and blue differ clearly: none in a grey-scale chart. */
    static long colouredPixels(JFreeChart chart) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 800, 500));
        g2.dispose();
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 24) {
                    n++;
                }
            }
        }
        return n;
    }
}

package org.returnwatch.desktop.chartscreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ChartType;
import org.returnwatch.chart.ExportFormat;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.SavedChart;
import org.returnwatch.domain.Series;

/** The Charts screen's state against a real seeded database, with the work run on the test's thread. */
class ChartsViewModelTest {
    static final ChartService CHARTS = ChartService.withInstalledFonts();
    @TempDir
    Path dir;
    Session session;
    FakeDialogs dialogs = new FakeDialogs();
    TestPrinters printers = TestPrinters.of("Office laser", "Label printer");
    ChartsViewModel vm;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        vm = screen(printers);
    }

    private ChartsViewModel screen(ChartPrinters on) {
        ChartsViewModel screen = new ChartsViewModel(session, new DirectTaskRunner(), new DirectTaskRunner(), dialogs,
                dialogs, () -> CHARTS, on);
        screen.activate();
        return screen;
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private void tick(Checklist list, String ref) {
        ChartChoice c = list.all().stream().filter(x -> x.label().startsWith(ref + " ")).findFirst().orElseThrow();
        c.setSelected(true);
    }

    private List<String> drawnSeries() {
        return vm.requestProperty().get().series().stream().map(s -> s.ref().toString()).toList();
    }

    @Test
    void choosingSeriesAndYearsRedrawsAtOnce() {
        assertThat(vm.series().all()).hasSize(23);
        assertThat(vm.years()).startsWith(2008).endsWith(2023);
        assertThat(vm.chartProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("Choose one or more series");

        tick(vm.series(), "RW-S-0001");
        assertThat(drawnSeries()).containsExactly("RW-S-0001");
        JFreeChart first = vm.chartProperty().get();
        assertThat(first.getTitle().getText()).isEqualTo("Involuntary returns to China per year");

        tick(vm.series(), "RW-S-0004");
        vm.controls().fromYearProperty().set(2015);
        vm.controls().toYearProperty().set(2021);
        ChartRequest r = vm.requestProperty().get();
        assertThat(drawnSeries()).containsExactly("RW-S-0001", "RW-S-0004");
        assertThat(r.fromYear()).isEqualTo(2015);
        assertThat(r.toYear()).isEqualTo(2021);
        assertThat(r.type()).isEqualTo(ChartType.AUTO);
        assertThat(vm.chartProperty().get()).isNotSameAs(first);
        assertThat(vm.messageProperty().get()).isEmpty();

        vm.controls().typeProperty().set(ChartType.LINE);
        vm.controls().titleProperty().set("Returns and the backlog");
        assertThat(vm.requestProperty().get().type()).isEqualTo(ChartType.LINE);
        assertThat(vm.chartProperty().get().getTitle().getText()).isEqualTo("Returns and the backlog");
    }

    @Test
    void aBackwardRangeOrNoSeriesLeavesNoChartAndSaysWhy() {
        tick(vm.series(), "RW-S-0001");
        vm.controls().fromYearProperty().set(2020);
        vm.controls().toYearProperty().set(2015);
        assertThat(vm.chartProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("after the last year");
        vm.controls().toYearProperty().set(null);
        assertThat(vm.chartProperty().get()).isNotNull();
        vm.series().setSelected(vm.series().selectedIds().get(0), false);
        assertThat(vm.chartProperty().get()).isNull();
    }

    @Test
    void searchNarrowsTheChecklistButKeepsWhatIsTicked() {
        tick(vm.series(), "RW-S-0001");
        vm.series().searchProperty().set("removal CANADA");
        assertThat(vm.series().shown()).extracting(ChartChoice::label)
                .allMatch(l -> l.toLowerCase().contains("canada") && l.toLowerCase().contains("removal"))
                .anyMatch(l -> l.startsWith("RW-S-0004 "));
        assertThat(vm.series().shown()).noneMatch(c -> c.label().startsWith("RW-S-0001 "));
        tick(vm.series(), "RW-S-0004");
        assertThat(drawnSeries()).containsExactly("RW-S-0001", "RW-S-0004");
        vm.series().searchProperty().set("");
        assertThat(vm.series().shown()).hasSize(23);
    }

    @Test
    void tickedAgreementsBecomeMilestones() {
        tick(vm.series(), "RW-S-0006");
        tick(vm.agreements(), "RW-A-0002");
        assertThat(vm.requestProperty().get().milestones()).extracting(a -> a.ref().toString())
                .containsExactly("RW-A-0002");
    }

    @Test
    void aSavedChartIsFoundAgainAndDrawnFromTheDataAsItIsThen() {
        tick(vm.series(), "RW-S-0001");
        tick(vm.series(), "RW-S-0006");
        tick(vm.agreements(), "RW-A-0002");
        vm.controls().typeProperty().set(ChartType.BAR);
        vm.controls().fromYearProperty().set(2010);
        vm.controls().toYearProperty().set(2020);
        vm.controls().titleProperty().set("For the report");
        vm.saveNameProperty().set("Report figure 3");
        vm.saveChart();
        assertThat(vm.saved()).extracting(SavedChart::name).containsExactly("Report figure 3");

        // the data changes after saving: the removals series is deleted
        Series removals = Seeded.store(session).read(tx -> store().series().get(tx,
                org.returnwatch.domain.Reference.parse("RW-S-0006")));
        Seeded.store(session).write(tx -> {
            store().series().delete(tx, removals.id(), removals.version());
            return null;
        });
        vm.clear();
        assertThat(vm.chartProperty().get()).isNull();
        vm.activate();
        vm.openSaved(vm.saved().get(0));
        ChartRequest r = vm.requestProperty().get();
        assertThat(drawnSeries()).containsExactly("RW-S-0001");
        assertThat(r.milestones()).extracting(a -> a.ref().toString()).containsExactly("RW-A-0002");
        assertThat(r.type()).isEqualTo(ChartType.BAR);
        assertThat(r.fromYear()).isEqualTo(2010);
        assertThat(r.toYear()).isEqualTo(2020);
        assertThat(r.title()).isEqualTo("For the report");
        assertThat(vm.saveNameProperty().get()).isEqualTo("Report figure 3");

        // saving again under the same name asks, and replaces only when told to
        vm.controls().toYearProperty().set(2019);
        dialogs.confirmAnswer = false;
        vm.saveChart();
        assertThat(vm.saved().get(0).toYear()).isEqualTo(2020);
        dialogs.confirmAnswer = true;
        vm.saveChart();
        assertThat(vm.saved()).hasSize(1);
        assertThat(vm.saved().get(0).toYear()).isEqualTo(2019);

        vm.deleteSaved(vm.saved().get(0));
        assertThat(vm.saved()).isEmpty();
    }

    private org.returnwatch.store.Store store() {
        return Seeded.store(session);
    }

    @Test
    void exportWritesTheChosenFileAtTheChosenResolution() throws Exception {
        tick(vm.series(), "RW-S-0004");
        dialogs.exportAnswer = dir.resolve("backlog");
        vm.dpiProperty().set(150);
        vm.output().export(ExportFormat.PNG);
        Path png = dir.resolve("backlog.png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(Math.round(160 / 25.4 * 150));
        assertThat(vm.statusProperty().get()).isEqualTo("Wrote backlog.png.");
        assertThat(vm.workingProperty().get()).isFalse();

        dialogs.exportAnswer = dir.resolve("backlog.pdf");
        vm.output().export(ExportFormat.PDF);
        assertThat(new String(Files.readAllBytes(dir.resolve("backlog.pdf")), 0, 5, "US-ASCII")).isEqualTo("%PDF-");

        dialogs.exportAnswer = null;
        vm.output().export(ExportFormat.SVG);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".svg"));
        }
    }

    @Test
    void forgettingDropsEverything() {
        tick(vm.series(), "RW-S-0004");
        assertThat(vm.chartProperty().get()).isNotNull();
        // what the shell does to every screen on lock
        Seeded.close(session);
        vm.forget();
        assertThat(vm.chartProperty().get()).isNull();
        assertThat(vm.series().all()).isEmpty();
        session = Seeded.session(dir.resolve("again"));
    }
}

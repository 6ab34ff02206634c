package org.returnwatch.desktop.chartscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.chart.ChartFigure;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;

/**
 * Print from the Charts screen: with no printer installed it says so once and offers a PDF, which it
 * writes when accepted; with printers, the preview's choices of printer, paper, orientation and margins
 * decide the page the chart is printed on, and the figure always fits inside the margins.
 */
class ChartPrintTest {
    @TempDir
    Path dir;
    Session session;
    final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private ChartsViewModel screen(ChartPrinters printers, String... refs) {
        ChartsViewModel vm = new ChartsViewModel(session, new DirectTaskRunner(), new DirectTaskRunner(), dialogs,
                dialogs, () -> ChartsViewModelTest.CHARTS, printers);
        vm.activate();
        for (String ref : refs) {
            vm.series().all().stream().filter(x -> x.label().startsWith(ref + " ")).findFirst().orElseThrow()
                    .setSelected(true);
        }
        return vm;
    }

    @Test
    void withNoPrinterItSaysSoOnceAndWritesAPdfWhenAsked() throws Exception {
        ChartsViewModel vm = screen(TestPrinters.none(), "RW-S-0004");
        dialogs.confirmAnswer = true;
        dialogs.exportAnswer = dir.resolve("backlog.pdf");
        vm.output().print();

        assertThat(dialogs.confirmations).singleElement().asString().startsWith("No printer is installed")
                .contains("PDF");
        assertThat(dialogs.previews).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("backlog.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Canada removal inventory", "Source");
        }
        assertThat(vm.statusProperty().get()).isEqualTo("Wrote backlog.pdf.");
        assertThat(vm.workingProperty().get()).isFalse();
    }

    @Test
    void withNoPrinterSayingNoWritesNothingAndSaysNothingMore() throws Exception {
        ChartsViewModel vm = screen(TestPrinters.none(), "RW-S-0004");
        dialogs.confirmAnswer = false;
        dialogs.exportAnswer = dir.resolve("backlog.pdf");
        vm.output().print();
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dir.resolve("backlog.pdf")).doesNotExist();
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(vm.workingProperty().get()).isFalse();
    }

    @Test
    void thePreviewsChoicesAreThePagePrinted() {
        TestPrinters printers = TestPrinters.of("Office laser", "Label printer");
        ChartsViewModel vm = screen(printers, "RW-S-0004");
        dialogs.printAnswer = preview -> {
            assertThat(preview.printers()).containsExactly("Office laser", "Label printer");
            assertThat(preview.printerProperty().get()).isEqualTo("Office laser");
            preview.printerProperty().set("Label printer");
            preview.paperProperty().set(PageSetup.Paper.LETTER);
            preview.orientationProperty().set(PageSetup.Orientation.PORTRAIT);
            preview.marginsProperty().set(PageSetup.Margins.NARROW);
            return true;
        };
        vm.output().print();

        assertThat(dialogs.confirmations).isEmpty();
        assertThat(printers.jobs).singleElement().satisfies(job -> {
            assertThat(job.page()).isEqualTo(new PageSetup("Label printer", PageSetup.Paper.LETTER,
                    PageSetup.Orientation.PORTRAIT, PageSetup.Margins.NARROW));
            assertThat(job.chartHeightPt()).isEqualTo(dialogs.previews.get(0).placement().chartHeightPt());
            // a figure of its own, not the one the window shows
            assertThat(job.figure().chart()).isNotSameAs(vm.chartProperty().get());
            assertThat(job.figure().chart().getTitle().getText()).isEqualTo(vm.chartProperty().get().getTitle()
                    .getText());
        });
        assertThat(vm.statusProperty().get()).isEqualTo("Sent to Label printer.");
    }

    @Test
    void cancellingThePreviewPrintsNothing() {
        TestPrinters printers = TestPrinters.of("Office laser");
        ChartsViewModel vm = screen(printers, "RW-S-0004");
        dialogs.printAnswer = null;
        vm.output().print();
        assertThat(dialogs.previews).hasSize(1);
        assertThat(printers.jobs).isEmpty();
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void thePreviewsChoicesChangeTheSizeTheFigurePrintsAtAndItAlwaysFits() {
        ChartFigure figure = ChartsViewModelTest.CHARTS.figure(screen(TestPrinters.none(), "RW-S-0004", "RW-S-0013")
                .requestProperty().get());
        PrintPreviewViewModel preview = new PrintPreviewViewModel(figure, java.util.List.of("Office laser"),
                Locale.UK);
        assertThat(preview.paperProperty().get()).isEqualTo(PageSetup.Paper.A4);
        PrintPreviewViewModel.Placement a4Landscape = preview.placement();
        // 297 mm less two margins of 20 mm
        assertThat(a4Landscape.widthPt()).isCloseTo(257 / 25.4 * 72, within(0.01));

        preview.orientationProperty().set(PageSetup.Orientation.PORTRAIT);
        PrintPreviewViewModel.Placement a4Portrait = preview.placement();
        assertThat(a4Portrait.widthPt()).isCloseTo(170 / 25.4 * 72, within(0.01));
        assertThat(a4Portrait.chartHeightPt()).isNotEqualTo(a4Landscape.chartHeightPt());

        preview.marginsProperty().set(PageSetup.Margins.NARROW);
        assertThat(preview.placement().widthPt()).isCloseTo(190 / 25.4 * 72, within(0.01));

        preview.paperProperty().set(PageSetup.Paper.LETTER);
        assertThat(preview.placement().widthPt()).isCloseTo(8.5 * 72 - 2 * 10 / 25.4 * 72, within(0.01));

        for (PageSetup.Paper paper : PageSetup.Paper.values()) {
            for (PageSetup.Orientation o : PageSetup.Orientation.values()) {
                for (PageSetup.Margins m : PageSetup.Margins.values()) {
                    preview.paperProperty().set(paper);
                    preview.orientationProperty().set(o);
                    preview.marginsProperty().set(m);
                    PrintPreviewViewModel.Placement p = preview.placement();
                    String page = paper + " " + o + " " + m;
                    assertThat(p.heightPt() * p.scale()).as(page).isLessThanOrEqualTo(p.page().printableHeightPt()
                            + 0.01);
                    assertThat(p.widthPt() * p.scale()).as(page).isLessThanOrEqualTo(p.page().printableWidthPt());
                    // the plot keeps the larger part of the figure
                    assertThat(p.chartHeightPt()).as(page).isGreaterThanOrEqualTo(p.heightPt() / 2);
                }
            }
        }
    }

    @Test
    void letterIsTheUsualPaperInNorthAmericaAndA4Elsewhere() {
        assertThat(PageSetup.Paper.usualFor(Locale.US)).isEqualTo(PageSetup.Paper.LETTER);
        assertThat(PageSetup.Paper.usualFor(Locale.CANADA)).isEqualTo(PageSetup.Paper.LETTER);
        assertThat(PageSetup.Paper.usualFor(Locale.GERMANY)).isEqualTo(PageSetup.Paper.A4);
        assertThat(PageSetup.Paper.usualFor(Locale.ROOT)).isEqualTo(PageSetup.Paper.A4);
    }
}

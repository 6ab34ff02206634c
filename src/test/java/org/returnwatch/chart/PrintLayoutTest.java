package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On paper the plot keeps most of the figure, and the notes go under it, in a PDF as a text block of their own. */
class PrintLayoutTest {

    private static ChartService service;
    private final SeedCharts seed = SeedCharts.get();

    @TempDir
    Path dir;

    @BeforeAll
    static void findFonts() {
        service = ChartService.withInstalledFonts();
    }

    @Test
    void thePlotGetsAtLeast55PerCentOfTheFiguresHeightInEverySeedChart() {
        for (String name : SeedCharts.EXAMPLES.keySet()) {
            for (String milestones : new String[] {"", "RW-A-0001,RW-A-0002,RW-A-0003"}) {
                ChartRequest request = seed.example(name);
                if (!milestones.isEmpty()) {
                    request = request.withMilestones(seed.agreements(milestones.split(",")));
                }
                DrawnChart drawn = DrawnChart.of(service.figure(request));
                double share = drawn.dataArea().getHeight() / drawn.chartArea().getHeight();
                assertThat(share).as(name + " " + milestones).isGreaterThanOrEqualTo(0.55);
            }
        }
    }

    @Test
    void theNotesAndSourceLineAreACaptionUnderTheFigureNotInsideIt() throws IOException {
        ChartFigure figure = service.figure(seed.request("RW-S-0004", "RW-S-0011"));
        assertThat(figure.chart().getSubtitles()).noneMatch(TextTitle.class::isInstance);
        assertThat(figure.caption().paragraphs()).hasSize(2);
        assertThat(figure.caption().paragraphs().get(0)).startsWith("Notes: ");
        assertThat(figure.caption().sourceLine()).startsWith("Sources: ");

        Path png = dir.resolve("inventories.png");
        ExportOptions size = ExportOptions.defaults().withDpi(144).withRoomForPanels(figure.panelCount());
        service.export(figure, ExportFormat.PNG, png, size);
        BufferedImage image = ImageIO.read(png.toFile());
        double captionPx = figure.captionHeight(figure.captionAt(size.widthPt(), size.heightPt()), size.widthPt())
                * 144 / 72;
        assertThat(image.getWidth()).isEqualTo(size.pixelWidth());
        assertThat(image.getHeight()).isGreaterThan(size.pixelHeight() + 40)
                .isCloseTo(size.pixelHeight() + (int) captionPx, org.assertj.core.data.Offset.offset(2));
        // the caption below the figure is written: dark pixels in its band
        long ink = 0;
        for (int y = size.pixelHeight() + 10; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 0x80) {
                    ink++;
                }
            }
        }
        assertThat(ink).isGreaterThan(2000);
    }

    @Test
    void inAPdfTheCaptionIsItsOwnBlockOfTextBelowTheChart() throws IOException {
        ChartFigure figure = service.figure(seed.request("RW-S-0001"));
        Path pdf = dir.resolve("returns.pdf");
        ExportOptions size = ExportOptions.defaults();
        service.export(figure, ExportFormat.PDF, pdf, size);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getHeight()).isGreaterThan((float) size.heightPt() + 20);
            // the page's own content draws the chart (a form) and then writes text: the caption
            String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(content).contains("Do").contains("BT").contains("Tj");
            List<TextPosition> sources = positionsOf(doc, "Source:");
            assertThat(sources).isNotEmpty();
            assertThat(sources.get(0).getYDirAdj()).as("below the chart").isGreaterThan((float) size.heightPt());
            String text = new PDFTextStripper().getText(doc).replace('\n', ' ');
            assertThat(text).contains("Source: Safeguard Defenders, via The Globe and Mail, January 2022 (date "
                    + "inferred)", "Hatched grey: no figure was published for 2015–2018", "no figure published");
        }
    }

    @Test
    void aSmallMultiplesChartIsMadeTallerSoEachPanelStaysReadable() throws IOException {
        Path png = dir.resolve("two.png");
        service.export(seed.request("RW-S-0001", "RW-S-0002"), ExportFormat.PNG, png, ExportOptions.defaults()
                .withDpi(72));
        Path one = dir.resolve("one.png");
        service.export(seed.request("RW-S-0001"), ExportFormat.PNG, one, ExportOptions.defaults().withDpi(72));
        int twoHeight = ImageIO.read(png.toFile()).getHeight();
        int oneHeight = ImageIO.read(one.toFile()).getHeight();
        assertThat(twoHeight - oneHeight).isGreaterThan(100);
    }

    @Test
    void onScreenTheTextGrowsWithTheView() {
        ChartRequest request = seed.request("RW-S-0001");
        JFreeChart print = service.build(request);
        JFreeChart window = service.buildForScreen(request, 1000, 620);
        assertThat(ChartService.screenScale(1000, 620)).isGreaterThan(2.0);
        assertThat(ChartService.screenScale(300, 200)).isEqualTo(1.0);
        assertThat(window.getTitle().getFont().getSize2D()).isGreaterThan(print.getTitle().getFont().getSize2D() * 2);
        float notes = fontOfNotes(window);
        assertThat(notes).as("notes readable at 1,000 px").isGreaterThanOrEqualTo(16f);
        assertThat(ChartText.footnotes(window)).anyMatch(t -> t.startsWith("Source: Safeguard Defenders"));
    }

    private static float fontOfNotes(JFreeChart chart) {
        return chart.getSubtitles().stream().filter(TextTitle.class::isInstance).map(t -> (TextTitle) t)
                .findFirst().orElseThrow().getFont().getSize2D();
    }

    private static List<TextPosition> positionsOf(PDDocument doc, String word) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                int at = text.indexOf(word);
                if (at >= 0) {
                    found.add(positions.get(at));
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        return found;
    }
}

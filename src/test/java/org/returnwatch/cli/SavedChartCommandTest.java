package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.SavedChart;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** `chart NAME` draws a chart saved on the Charts screen, from the data as it is now. */
class SavedChartCommandTest {
    @TempDir
    static Path dir;
    static Path pw;
    static final CliRunner cli = new CliRunner();

    @BeforeAll
    static void saveAChart() throws Exception {
        pw = dir.resolve("pw.txt");
        Files.writeString(pw, TestDatabases.PASSPHRASE);
        try (Store store = SeededTemplate.create(dir)) {
            store.write(tx -> {
                UUID returns = store.series().get(tx, Reference.parse("RW-S-0001")).id();
                UUID removals = store.series().get(tx, Reference.parse("RW-S-0006")).id();
                UUID readmission = store.agreements().get(tx, Reference.parse("RW-A-0002")).id();
                store.savedCharts().save(tx, new SavedChart(UUID.randomUUID(), "Returns for the annual report",
                        "Saved returns and removals", "AUTO", List.of(returns, removals), List.of(readmission),
                        2014, 2020));
                store.savedCharts().save(tx, new SavedChart(UUID.randomUUID(), "Panels in grey", null, "AUTO",
                        List.of(returns, removals), List.of(), null, null, "SMALL_MULTIPLES", "GREYSCALE"));
                return null;
            });
        }
    }

    private static CliRunner.Result chart(Object... args) {
        Object[] all = new Object[args.length + 5];
        all[0] = "--db";
        all[1] = TestDatabases.file(dir).dataFile();
        all[2] = "--passphrase-file";
        all[3] = pw;
        all[4] = "chart";
        System.arraycopy(args, 0, all, 5, args.length);
        return cli.run(all);
    }

    @Test
    void aSavedChartIsDrawnByItsName() throws Exception {
        Path out = dir.resolve("saved.pdf");
        CliRunner.Result r = chart("Returns for the annual report", "--format", "pdf", "--out", out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote PDF chart to");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            // the saved title, series, years and milestone agreement all reach the page
            assertThat(text).contains("Saved returns and removals", "2014", "2020", "Sources:",
                    "2,472 in total, 2008–2014", "readmission arrangement");
        }
    }

    @Test
    void theNameIsFoundIgnoringCaseAndOptionsGivenNowWin() throws Exception {
        Path out = dir.resolve("saved.pdf");
        Path png = dir.resolve("saved.png");
        CliRunner.Result r = chart("returns for the ANNUAL report", "--format", "pdf", "--out", out,
                "--title", "Given now");
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Given now").doesNotContain("Saved returns");
        }
        assertThat(chart("Returns for the annual report", "--format", "png", "--out", png, "--dpi", "72").code())
                .isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(Math.round(160 / 25.4 * 72));
    }

    @Test
    void aSavedChartKeepsItsLayoutAndPaletteUnlessTheCommandLineSaysOtherwise() throws Exception {
        Path saved = dir.resolve("panels.png");
        Path oneAxis = dir.resolve("one-axis.png");
        Path colour = dir.resolve("colour.png");
        assertThat(chart("Panels in grey", "--format", "png", "--dpi", "72", "--out", saved).code()).isZero();
        assertThat(chart("Panels in grey", "--format", "png", "--dpi", "72", "--out", oneAxis, "--layout", "one-axis")
                .code()).isZero();
        assertThat(chart("Panels in grey", "--format", "png", "--dpi", "72", "--out", colour, "--palette",
                "colour-blind-safe").code()).isZero();
        BufferedImage panels = ImageIO.read(saved.toFile());
        // small multiples are drawn taller, so that each panel keeps its height
        assertThat(panels.getHeight()).isGreaterThan(ImageIO.read(oneAxis.toFile()).getHeight() + 20);
        assertThat(colouredPixels(panels)).as("the saved grey-scale palette").isZero();
        assertThat(colouredPixels(ImageIO.read(colour.toFile()))).as("the palette given now").isGreaterThan(100);
    }

    /** Pixels whose red, green and blue differ clearly: none in a grey-scale chart. */
    private static long colouredPixels(BufferedImage image) {
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

    @Test
    void anUnknownNameFailsAndANameAmongReferencesIsAUsageError() {
        Path out = dir.resolve("none.png");
        CliRunner.Result unknown = chart("No such chart", "--format", "png", "--out", out);
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no series reference or saved chart called 'No such chart'");
        assertThat(chart("RW-S-0001", "Returns for the annual report", "--format", "png", "--out", out).code())
                .isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}

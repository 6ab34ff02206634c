package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `chart` draws the seed dataset's series headless, as a report needs them. */
class ChartCommandTest {
    @TempDir
    static Path dir;
    static SeededDatabase seeded;

    @BeforeAll
    static void init() {
        seeded = SeededDatabase.quick(dir, "charts");
    }

    private static CliRunner.Result chart(Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = "chart";
        System.arraycopy(args, 0, all, 1, args.length);
        return seeded.run(all);
    }

    @Test
    void pdfHoldsTitleYearsAndSourceLineAsText() throws Exception {
        Path out = dir.resolve("returns.pdf");
        CliRunner.Result r = chart("RW-S-0001", "RW-S-0006", "--format", "pdf", "--out", out, "--title",
                "Returns and removals", "--milestones", "RW-A-0002");
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            assertThat(text).contains("Returns and removals", "2014", "2020", "Sources:", "The Globe and Mail",
                    "2,472 in total, 2008–2014", "readmission arrangement");
        }
    }

    @Test
    void pngHasTheRequestedResolution() throws Exception {
        Path out = dir.resolve("inventory.png");
        assertThat(chart("RW-S-0004", "--format", "png", "--out", out, "--dpi", "150").code()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        Path defaultDpi = dir.resolve("inventory300.png");
        assertThat(chart("RW-S-0004", "--format", "png", "--out", defaultDpi).code()).isZero();
        BufferedImage at300 = ImageIO.read(defaultDpi.toFile());
        assertThat(at300.getWidth()).isEqualTo(image.getWidth() * 2);
    }

    @Test
    void svgIsWrittenWithTheChosenYears() throws Exception {
        Path out = dir.resolve("inv.svg");
        assertThat(chart("RW-S-0004", "RW-S-0011", "--format", "svg", "--out", out, "--from", "2012", "--to", "2022",
                "--type", "bar").code()).isZero();
        String svg = Files.readString(out);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("2016").contains("Sources:");
    }

    @Test
    void wrongReferencesAndOptionsAreRefused() {
        assertThat(chart("RW-A-0001", "--format", "png", "--out", dir.resolve("x.png")).code()).isEqualTo(2);
        assertThat(chart("RW-S-0001", "--format", "png", "--out", dir.resolve("x.png"), "--from", "2020", "--to",
                "2010").code()).isEqualTo(2);
        CliRunner.Result missing = chart("RW-S-0999", "--format", "png", "--out", dir.resolve("x.png"));
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no series RW-S-0999");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void layoutPaletteAndTitleAreChosenOnTheCommandLine() throws Exception {
        Path auto = dir.resolve("auto.pdf");
        assertThat(chart("RW-S-0004", "RW-S-0011", "--format", "pdf", "--out", auto).code()).isZero();
        Path second = dir.resolve("second.pdf");
        CliRunner.Result r = chart("RW-S-0004", "RW-S-0011", "--format", "pdf", "--out", second, "--layout",
                "second-axis", "--title", "Backlogs of removal orders");
        assertThat(r.code()).as(r.err()).isZero();
        String autoText = pdfText(auto);
        String secondText = pdfText(second);
        // small multiples name each panel and say that each has its own scale; the second axis says which is right
        assertThat(autoText)
                .contains("Canada and U.S. removal inventory: Chinese nationals", "Each panel has its own scale");
        assertThat(secondText).contains("Backlogs of removal orders", "(right axis)", "read against the scale on the "
                + "right").doesNotContain("Each panel");

        Path grey = dir.resolve("grey.png");
        assertThat(chart("RW-S-0001", "--format", "png", "--out", grey, "--dpi", "72", "--palette", "greyscale").code())
                .isZero();
        BufferedImage image = ImageIO.read(grey.toFile());
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                assertThat(Math.abs(((rgb >> 16) & 0xFF) - (rgb & 0xFF))).isLessThan(4);
            }
        }
    }

    @Test
    void theSeedChartOfYearlyReturnsSaysWhereNoFigureWasPublishedAndWhoPublishedTheRest() throws Exception {
        Path out = dir.resolve("returns-caption.pdf");
        assertThat(chart("RW-S-0001", "--format", "pdf", "--out", out).code()).isZero();
        assertThat(pdfText(out)).contains("Involuntary returns to China per year", "no figure published",
                "Hatched grey: no figure was published for 2015–2018",
                "Source: Safeguard Defenders, via The Globe and Mail, January 2022 (date inferred)")
                .doesNotContain("2022?");
    }

    @Test
    void aWrongLayoutOrPaletteIsAUsageErrorAndALayoutThatCannotHoldTheSeriesSaysWhy() {
        CliRunner.Result layout = chart("RW-S-0001", "--format", "png", "--out", dir.resolve("y.png"), "--layout",
                "pie");
        assertThat(layout.code()).isEqualTo(2);
        assertThat(layout.err()).contains("small-multiples");
        CliRunner.Result palette = chart("RW-S-0001", "--format", "png", "--out", dir.resolve("y.png"), "--palette",
                "rainbow");
        assertThat(palette.code()).isEqualTo(2);
        assertThat(palette.err()).contains("greyscale");
        CliRunner.Result three = chart("RW-S-0001", "RW-S-0005", "RW-S-0019", "--format", "png", "--out",
                dir.resolve("y.png"), "--layout", "second-axis");
        assertThat(three.code()).isEqualTo(1);
        assertThat(three.err()).contains("3 groups").contains("small-multiples");
        assertThat(dir.resolve("y.png")).doesNotExist();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace('\n', ' ');
        }
    }
}

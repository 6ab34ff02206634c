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
        seeded = new SeededDatabase(dir, "charts");
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
}

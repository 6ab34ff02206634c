package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese in a chart needs no font of the machine's: with every system font folder hidden, the
 * program's own font sets the title, and the PDF carries its glyphs.
 */
class ChineseChartWithoutSystemFontsTest {
    private static final String TITLE = "强迫遣返：加拿大的遣送积压（繁體：資料庫）";

    @TempDir
    Path dir;

    @Test
    void withNoFontFoldersTheBundledFontSetsChineseAndThePdfEmbedsItsGlyphs() throws IOException {
        ChartFont font = new ChartFontLocator(List.of(), true).locate();
        assertThat(font.file()).isEqualTo(BundledFont.file());
        assertThat(font.coversCjk()).isTrue();
        assertThat(font.canDisplay(TITLE)).isTrue();

        ChartService service = new ChartService(font);
        Path out = dir.resolve("chart.pdf");
        service.export(new ChartFixtures().request().withTitle(TITLE), ExportFormat.PDF, out,
                ExportOptions.defaults());

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(TITLE);
            List<PDFont> fonts = fonts(pdf.getPage(0).getResources());
            PDType0Font embedded = fonts.stream().filter(f -> f instanceof PDType0Font && f.isEmbedded()
                    && f.getName().contains("WenQuanYi")).map(f -> (PDType0Font) f).findFirst().orElseThrow();
            assertThat(embedded.getName()).as("a subset").contains("+");
            assertThat(embedded.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            byte[] codes = embedded.encode(TITLE);
            for (int i = 0; i < codes.length; i += 2) {
                int code = ((codes[i] & 0xFF) << 8) | (codes[i + 1] & 0xFF);
                assertThat(embedded.getDescendantFont().codeToGID(code)).as("glyph of code " + code)
                        .isPositive();
            }
        }
    }

    @Test
    void theChartsFontKeepsItsEnglishNameUnderAChineseLocaleSoTheWindowsViewerFindsIt() {
        ChartFont font = new ChartFontLocator(List.of(), true).locate();
        Locale before = Locale.getDefault();
        try {
            for (String tag : List.of("zh-CN", "zh-Hant-TW")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(font.atSize(12).getFamily()).isEqualTo(BundledFont.FAMILY);
                assertThat(font.atSize(12).deriveFont(java.awt.Font.BOLD, 14f).getFamily())
                        .isEqualTo(BundledFont.FAMILY);
                // what AWT itself says under this locale: the viewer must not be given it
                assertThat(new java.awt.Font(BundledFont.FAMILY, java.awt.Font.PLAIN, 12).getFamily())
                        .isNotEqualTo(BundledFont.FAMILY);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (var name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                out.addAll(fonts(form.getResources()));
            }
        }
        return out;
    }
}

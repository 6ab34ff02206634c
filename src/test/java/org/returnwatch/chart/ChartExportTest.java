package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartExportTest {

    private static ChartService service;
    private final ChartFixtures fx = new ChartFixtures();

    @TempDir
    Path dir;

    @BeforeAll
    static void findFonts() {
        service = ChartService.withInstalledFonts();
    }

    private JFreeChart chart() {
        return service.build(fx.request());
    }

    @Test
    void pngHasTheRequestedPixelSizeAndItsPhysChunkSaysTheRequestedDpi() throws IOException {
        Path out = dir.resolve("chart.png");
        service.export(chart(), ExportFormat.PNG, out, ExportOptions.ofPixels(1800, 1125, 300));

        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo(1125);
        List<Chunk> phys = chunks(Files.readAllBytes(out)).stream().filter(c -> c.type.equals("pHYs")).toList();
        assertThat(phys).hasSize(1);
        ByteBuffer data = ByteBuffer.wrap(phys.get(0).data);
        assertThat(data.getInt()).isEqualTo(11811);
        assertThat(data.getInt()).isEqualTo(11811);
        assertThat(data.get()).isEqualTo((byte) 1);
        assertThat(darkPixels(image)).as("something was drawn").isGreaterThan(10_000);
    }

    @Test
    void theDefaultPngIs16By10CentimetresAt300Dpi() throws IOException {
        Path out = dir.resolve("default.png");
        ExportOptions options = ExportOptions.defaults().withDpi(150);
        new PngChartExporter().export(chart(), out, options);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(945);
        assertThat(image.getHeight()).isEqualTo(591);
        ByteBuffer phys = ByteBuffer.wrap(chunks(Files.readAllBytes(out)).stream()
                .filter(c -> c.type.equals("pHYs")).findFirst().orElseThrow().data);
        assertThat(phys.getInt()).isEqualTo(5906);
        assertThat(ExportOptions.defaults().pixelWidth()).isEqualTo(1890);
    }

    @Test
    void svgIsWellFormedXmlWithBarsTheStockLineAndTheTitleAsText() throws Exception {
        Path out = dir.resolve("chart.svg");
        service.export(service.figure(fx.request()), ExportFormat.SVG, out, ExportOptions.defaults());

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).startsWith("0.0 0.0 453.5");
        String blue = "rgb(0,114,178)";
        String orange = "rgb(230,159,0)";
        long blueRects = elements(svg, "rect").stream()
                .filter(e -> style(e).contains("fill:" + blue) || style(e).contains("stroke:" + blue)).count();
        // the yearly bars from 2014 to 2021, two for 2014, none for the 2018 range (an error bar);
        // hedged ones are outlined rather than filled
        assertThat(blueRects).isGreaterThanOrEqualTo(8);
        assertThat(elements(svg, "path")).anyMatch(e -> style(e).contains("stroke:" + orange));
        assertThat(texts(svg)).contains("Removals from Canada to China", "2008", "2020", "people");
        assertThat(texts(svg)).anyMatch(t -> t.startsWith("Sources: Canada Border Services Agency, 2016"));
        assertThat(String.join(" ", texts(svg))).contains("Canada–China readmission: signed");
    }

    @Test
    void pdfTextIsSearchableWithTitleYearsAndSourceLine() throws IOException {
        Path out = dir.resolve("chart.pdf");
        service.export(service.figure(fx.request()), ExportFormat.PDF, out, ExportOptions.defaults());

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(453.5f, org.assertj.core.data.Offset.offset(0.1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // else the rotated axis label is lost from the output
            String text = stripper.getText(pdf).replace('\n', ' ');
            assertThat(text).contains("Removals from Canada to China", "2008", "2014", "2020", "people");
            assertThat(text)
                    .contains("Sources: Canada Border Services Agency, 2016; The Globe and Mail, 22 September 2016");
            assertThat(text).contains("Drawn 12 March 2025");
            assertThat(text).contains("2,472 in total, 2008–2014");
            assertThat(text).contains("Canada–China readmission: signed");
            assertThat(embeddedFonts(pdf)).allMatch(f -> !f.isEmbedded() || f.getName().contains("+"),
                    "embedded fonts are subsets");
        }
        assertThat(Files.size(out)).as("a subset, not the whole CJK font").isLessThan(400_000);
    }

    @Test
    void pdfCarriesAChineseScriptTitleAsText() throws IOException {
        Assumptions.assumeTrue(service.font().coversCjk(),
                "no CJK-capable font installed (apt-get install " + ChartFontLocator.CJK_PACKAGE + ")");
        Path out = dir.resolve("cjk.pdf");
        service.export(fx.request().withTitle("谢卫东: removals from Canada"), ExportFormat.PDF, out,
                ExportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("谢卫东: removals from Canada");
        }
    }

    @Test
    void aFailedExportLeavesTheExistingFileAlone() throws IOException {
        Path out = dir.resolve("keep.pdf");
        Files.writeString(out, "previous export");
        Path missingDir = dir.resolve("no-such-folder").resolve("chart.png");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new PngChartExporter().export(chart(), missingDir, ExportOptions.defaults()))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(out)).isEqualTo("previous export");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.pdf");
        }
    }

    private static List<PDFont> embeddedFonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        var resources = pdf.getPage(0).getResources();
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                for (var fontName : form.getResources().getFontNames()) {
                    fonts.add(form.getResources().getFont(fontName));
                }
            }
        }
        return fonts;
    }

    private static long darkPixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 1) {
            for (int x = 0; x < image.getWidth(); x += 1) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    private record Chunk(String type, byte[] data) {
    }

    private static List<Chunk> chunks(byte[] png) {
        List<Chunk> result = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png);
        int pos = 8;
        while (pos + 8 <= png.length) {
            int length = in.getInt(pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            byte[] data = new byte[length];
            System.arraycopy(png, pos + 8, data, 0, length);
            result.add(new Chunk(type, data));
            pos += 12 + length;
        }
        return result;
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** The element's own style and its group's, without spaces. */
    private static String style(Element e) {
        String own = e.getAttribute("style") + ";" + e.getAttribute("fill") + ";" + e.getAttribute("stroke");
        String group = e.getParentNode() instanceof Element parent ? parent.getAttribute("style") : "";
        return (own + ";" + group).replace(" ", "");
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }
}

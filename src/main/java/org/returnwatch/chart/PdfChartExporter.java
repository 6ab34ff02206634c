package org.returnwatch.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * A one-page PDF the size of the chart: shapes as vectors, text as searchable text in the chart's
 * face, embedded as a subset (only the glyphs used).
 */
public final class PdfChartExporter implements ChartExporter {

    private final ChartFont font;

    public PdfChartExporter(ChartFont font) {
        this.font = font;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void export(JFreeChart chart, Path out, ExportOptions options) throws IOException {
        float w = (float) options.widthPt();
        float h = (float) options.heightPt();
        try (TrueTypeCollection collection = openCollection(); PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, w, h);
            try (PdfChartFontDrawer drawer = new PdfChartFontDrawer(loadFace(doc, collection))) {
                g2.setFontTextDrawer(drawer);
                chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
                g2.dispose();
            }
            PDFormXObject form = g2.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(chart.getTitle() == null ? null : chart.getTitle().getText());
            info.setCreator("ReturnWatch");
            ExportFiles.write(out, doc::save);
        }
    }

    /** The collection stays open until the document is saved: subsetting reads the glyphs then. */
    private TrueTypeCollection openCollection() throws IOException {
        if (font.file() != null && isCollection()) {
            return new TrueTypeCollection(font.file().toFile());
        }
        return null;
    }

    private boolean isCollection() {
        return font.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    private PDFont loadFace(PDDocument doc, TrueTypeCollection collection) throws IOException {
        if (font.file() == null) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        if (collection != null) {
            TrueTypeFont ttf = collection.getFontByName(font.postScriptName());
            if (ttf == null) {
                throw new IOException("font collection " + font.file().getFileName() + " lacks face "
                        + font.postScriptName());
            }
            return PDType0Font.load(doc, ttf, true);
        }
        return PDType0Font.load(doc, font.file().toFile());
    }
}

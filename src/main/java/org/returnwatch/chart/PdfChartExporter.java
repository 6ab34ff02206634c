package org.returnwatch.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * A one-page PDF the width of the chart: shapes as vectors, text as searchable text in the chart's
 * face, embedded as a subset (only the glyphs used). With a caption, the page grows below the chart
 * and the caption is a text block of its own there, as in a typeset report.
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
        write(chart, null, null, out, options);
    }

    @Override
    public void export(ChartFigure figure, Path out, ExportOptions options) throws IOException {
        write(figure.chart(), figure, figure.captionAt(options.widthPt(), options.heightPt()), out, options);
    }

    private void write(JFreeChart chart, ChartFigure figure, ChartCaption caption, Path out, ExportOptions options)
            throws IOException {
        float w = (float) options.widthPt();
        float h = (float) options.heightPt();
        TrueTypeFont ttf = font.file() == null ? null : PdfFaces.face(font.file(), font.postScriptName());
        // one document at a time reads the shared face, from the first glyph looked up to the subset saved
        synchronized (ttf == null ? this : ttf) {
            write(chart, figure, caption, out, w, h, ttf);
        }
    }

    private void write(JFreeChart chart, ChartFigure figure, ChartCaption caption, Path out, float w, float h,
                       TrueTypeFont ttf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont face = ttf == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                    : PDType0Font.load(doc, ttf, true);
            List<List<String>> lines = caption == null ? List.of()
                    : figure.wrap(caption, w, t -> width(face, t, figure.captionSize()));
            boolean asText = caption != null && encodable(face, lines);
            float captionHeight = caption == null ? 0f : asText
                    ? (float) CaptionLayout.height(lines, figure.captionSize(), figure.scale())
                    : (float) figure.captionHeight(caption, w);
            PDPage page = new PDPage(new PDRectangle(w, h + captionHeight));
            doc.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, w, asText || caption == null ? h : h + captionHeight);
            try (PdfChartFontDrawer drawer = new PdfChartFontDrawer(face)) {
                g2.setFontTextDrawer(drawer);
                Rectangle2D area = new Rectangle2D.Double(0, 0, w, h);
                if (caption != null && !asText) {
                    // a face that cannot encode the caption: draw it with the chart (glyph outlines where needed)
                    figure.draw(g2, area, caption);
                } else {
                    chart.draw(g2, area);
                }
                g2.dispose();
            }
            PDFormXObject form = g2.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.saveGraphicsState();
                if (asText || caption == null) {
                    content.transform(Matrix.getTranslateInstance(0, captionHeight));
                }
                content.drawForm(form);
                content.restoreGraphicsState();
                if (asText) {
                    writeCaption(content, face, figure, lines, w, captionHeight);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(chart.getTitle() == null ? null : chart.getTitle().getText());
            info.setCreator("ReturnWatch");
            org.returnwatch.work.PrivateFiles.write(out, true, doc::save);
        }
    }

    /** The caption as a block of text under the chart, line by line, the source line in grey. */
    private static void writeCaption(PDPageContentStream content, PDFont face, ChartFigure figure,
            List<List<String>> paragraphs, float pageWidth, float captionHeight) throws IOException {
        float size = figure.captionSize();
        float leading = (float) (size * CaptionLayout.LEADING);
        float x = (float) (CaptionLayout.SIDE * figure.scale());
        float ascent = face.getFontDescriptor() == null ? size * 0.8f
                : face.getFontDescriptor().getAscent() / 1000f * size;
        float y = captionHeight - (float) (CaptionLayout.TOP_SPACE * figure.scale()) - ascent;
        for (int p = 0; p < paragraphs.size(); p++) {
            boolean sourceLine = p == paragraphs.size() - 1;
            content.beginText();
            content.setFont(face, size);
            content.setNonStrokingColor(sourceLine ? ChartTheme.MUTED_TEXT : ChartTheme.TEXT);
            content.setLeading(leading);
            content.newLineAtOffset(x, y);
            for (String line : paragraphs.get(p)) {
                content.showText(line);
                content.newLine();
                y -= leading;
            }
            content.endText();
            y -= (float) (size * CaptionLayout.PARAGRAPH_SPACE);
        }
    }

    private static double width(PDFont face, String text, float size) {
        try {
            return face.getStringWidth(text) / 1000.0 * size;
        } catch (IOException | IllegalArgumentException e) {
            // not encodable: measure roughly; the caption is then drawn with the chart instead
            return text.length() * size * 0.55;
        }
    }

    private static boolean encodable(PDFont face, List<List<String>> paragraphs) {
        try {
            for (List<String> lines : paragraphs) {
                for (String line : lines) {
                    face.encode(line);
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

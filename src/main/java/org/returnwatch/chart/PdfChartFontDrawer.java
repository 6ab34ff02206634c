package org.returnwatch.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes every piece of chart text as real PDF text in the one embedded face, so the PDF is
 * searchable and copyable. Text the face cannot encode is left to the library's vector outlines
 * (still visible) instead of its default, which logs the text itself — and names must not reach logs.
 */
final class PdfChartFontDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private final PDFont face;

    PdfChartFontDrawer(PDFont face) {
        this.face = face;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        return face;
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        iterator.first();
        return encodable(text.toString()) && super.canDrawText(iterator, env);
    }

    private boolean encodable(String text) {
        try {
            face.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}

package org.returnwatch.chart;

import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.text.AttributedCharacterIterator;
import java.util.Locale;
import java.util.Map;

/**
 * A font that gives its family and face names in English whatever the default locale. AWT names a
 * font in the default locale's language ("文泉驿微米黑" under zh_CN), and the window's chart viewer
 * (FXGraphics2D) asks JavaFX for the font by that name, which JavaFX does not know: the chart's text
 * would then fall back to another font, one without Chinese on a machine with no CJK font.
 */
final class EnglishNamedFont extends Font {
    private static final long serialVersionUID = 1L;

    EnglishNamedFont(Font font) {
        super(font);
    }

    @Override
    public String getFamily() {
        return getFamily(Locale.ENGLISH);
    }

    @Override
    public String getFontName() {
        return getFontName(Locale.ENGLISH);
    }

    @Override
    public Font deriveFont(int style, float size) {
        return new EnglishNamedFont(super.deriveFont(style, size));
    }

    @Override
    public Font deriveFont(int style, AffineTransform trans) {
        return new EnglishNamedFont(super.deriveFont(style, trans));
    }

    @Override
    public Font deriveFont(float size) {
        return new EnglishNamedFont(super.deriveFont(size));
    }

    @Override
    public Font deriveFont(AffineTransform trans) {
        return new EnglishNamedFont(super.deriveFont(trans));
    }

    @Override
    public Font deriveFont(int style) {
        return new EnglishNamedFont(super.deriveFont(style));
    }

    @Override
    public Font deriveFont(Map<? extends AttributedCharacterIterator.Attribute, ?> attributes) {
        return new EnglishNamedFont(super.deriveFont(attributes));
    }
}

package org.returnwatch.chart;

import java.awt.Font;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The one typeface a chart is set in, and the file it comes from, so that the PDF can embed the very
 * face the PNG and SVG were measured with.
 *
 * @param family         the AWT family name ("WenQuanYi Micro Hei")
 * @param file           the TrueType file or collection, or null when only a built-in font was found
 * @param postScriptName the face's PostScript name, to pick it out of a collection
 * @param coversCjk      true if the face has glyphs for Chinese script
 */
public record ChartFont(String family, Path file, String postScriptName, boolean coversCjk) {

    /** Java's logical sans-serif font, with no file to embed: PDFs then use Helvetica. */
    public static final ChartFont BUILT_IN = new ChartFont(Font.SANS_SERIF, null, null, false);

    public ChartFont {
        Objects.requireNonNull(family, "family");
    }

    public Optional<Path> fontFile() {
        return Optional.ofNullable(file);
    }

    /** The face at {@code points}, named in English whatever the default locale (see {@link EnglishNamedFont}). */
    public Font atSize(float points) {
        return new EnglishNamedFont(new Font(family, Font.PLAIN, 1).deriveFont(points));
    }

    public boolean canDisplay(String text) {
        return atSize(10f).canDisplayUpTo(text) < 0;
    }
}

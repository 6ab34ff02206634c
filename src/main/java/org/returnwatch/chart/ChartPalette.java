package org.returnwatch.chart;

import java.util.Locale;

/**
 * The colours a chart is drawn in. Both palettes also give every series its own marker shape, and
 * the grey-scale one its own line dash and bar shade, so that series stay apart on a black-and-white
 * copy or for a reader who cannot tell the colours apart.
 */
public enum ChartPalette {
    /** Okabe–Ito colours (safe for the common colour-vision deficiencies); the default. */
    COLOUR_BLIND_SAFE,
    /** Black and greys only; series differ by line dash, marker shape and bar shade. */
    GREYSCALE;

    public String word() {
        return this == COLOUR_BLIND_SAFE ? "colour-blind-safe" : "greyscale";
    }

    /** Reads "colour-blind-safe" (or "color-blind-safe", "colour") and "greyscale" (or "grayscale", "grey"). */
    public static ChartPalette parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "colour-blind-safe", "color-blind-safe", "colour", "color", "default" -> COLOUR_BLIND_SAFE;
            case "greyscale", "grayscale", "grey", "gray", "grey-scale", "gray-scale" -> GREYSCALE;
            default -> throw new IllegalArgumentException("unknown palette '" + text
                    + "' (expected colour-blind-safe or greyscale)");
        };
    }
}

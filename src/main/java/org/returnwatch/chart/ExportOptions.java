package org.returnwatch.chart;

/**
 * The physical size of an exported chart and, for PNG, its resolution. Sizes are in points (1/72 inch)
 * because the theme's type sizes are in points: a chart keeps the same look at any dpi.
 *
 * @param widthPt  width in points
 * @param heightPt height in points
 * @param dpi      pixels per inch of a PNG (ignored by the vector formats)
 */
public record ExportOptions(double widthPt, double heightPt, int dpi) {

    public static final int DEFAULT_DPI = 300;
    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 2400;
    private static final double MM_PER_INCH = 25.4;

    public ExportOptions {
        if (!(widthPt > 0) || !(heightPt > 0)) {
            throw new IllegalArgumentException("a chart needs a positive width and height");
        }
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("dpi must be between " + MIN_DPI + " and " + MAX_DPI + ", not " + dpi);
        }
    }

    /** 160 × 100 mm at 300 dpi: the width of a report's text column. */
    public static ExportOptions defaults() {
        return ofMillimetres(160, 100, DEFAULT_DPI);
    }

    public static ExportOptions ofMillimetres(double widthMm, double heightMm, int dpi) {
        return new ExportOptions(widthMm / MM_PER_INCH * 72.0, heightMm / MM_PER_INCH * 72.0, dpi);
    }

    /** A PNG of exactly this many pixels at this dpi. */
    public static ExportOptions ofPixels(int widthPx, int heightPx, int dpi) {
        return new ExportOptions(widthPx * 72.0 / dpi, heightPx * 72.0 / dpi, dpi);
    }

    /** Extra height each panel after the first adds to a chart of the default shape. */
    static final double PANEL_SHARE = 0.45;

    /**
     * At least as tall as a chart of {@code panels} small multiples needs to keep each panel readable:
     * each panel after the first adds {@link #PANEL_SHARE} of the height, up to twice the height.
     */
    public ExportOptions withRoomForPanels(int panels) {
        if (panels <= 1) {
            return this;
        }
        double needed = heightPt * Math.min(2.0, 1 + PANEL_SHARE * (panels - 1));
        return new ExportOptions(widthPt, needed, dpi);
    }

    /** The same physical size at another resolution. */
    public ExportOptions withDpi(int newDpi) {
        return new ExportOptions(widthPt, heightPt, newDpi);
    }

    public int pixelWidth() {
        return (int) Math.round(widthPt / 72.0 * dpi);
    }

    public int pixelHeight() {
        return (int) Math.round(heightPt / 72.0 * dpi);
    }
}

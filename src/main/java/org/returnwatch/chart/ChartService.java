package org.returnwatch.chart;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;

/**
 * The chart package's entry point for the command line and the desktop: build a chart from a request
 * and export it, with one font found once for both.
 * <ul>
 * <li>{@link #figure} — for paper: the chart and, apart, its caption (notes and source line);</li>
 * <li>{@link #build} / {@link #buildForScreen} — for a window: the caption inside the chart, under the
 *     plot, with text sized for the window;</li>
 * <li>{@link #export(ChartRequest, ExportFormat, Path, ExportOptions)} — what {@code chart} does.</li>
 * </ul>
 */
public final class ChartService {

    /** The size, in points, the print type sizes are chosen for: a chart 16 cm wide and 10 cm high. */
    public static final double PRINT_WIDTH = ExportOptions.defaults().widthPt();
    public static final double PRINT_HEIGHT = ExportOptions.defaults().heightPt();

    private final ChartFont font;

    public ChartService(ChartFont font) {
        this.font = font;
    }

    /** Looks up the installed fonts (see {@link ChartFontLocator}); do this once, at start-up. */
    public static ChartService withInstalledFonts() {
        return new ChartService(ChartFontLocator.standardDirectories().locate());
    }

    public ChartFont font() {
        return font;
    }

    /**
     * The chart and its caption for print, export or a print preview.
     *
     * @throws IllegalArgumentException when the request's layout cannot hold its series, saying why
     */
    public ChartFigure figure(ChartRequest request) {
        return factory(1.0).figure(request);
    }

    /** The chart with its notes and source line under the plot, at print size. */
    public JFreeChart build(ChartRequest request) {
        return factory(1.0).create(request);
    }

    /**
     * The chart with its notes and source line under the plot, its text, marks and lines enlarged for a
     * view of this many pixels, so that a chart filling a window reads as it does on paper. Build again
     * when the view is resized.
     */
    public JFreeChart buildForScreen(ChartRequest request, double widthPx, double heightPx) {
        return factory(screenScale(widthPx, heightPx)).create(request);
    }

    /**
     * How much larger than print to draw text and marks in a view of this size: the view's size over
     * the 16 × 10 cm the print sizes are chosen for, never below 1 and at most 3.
     */
    public static double screenScale(double widthPx, double heightPx) {
        double s = Math.min(widthPx / PRINT_WIDTH, heightPx / PRINT_HEIGHT);
        return Math.max(1.0, Math.min(3.0, s));
    }

    /** How much larger than print the count charts of a window draw their type: about the window's own. */
    static final double COUNTS_ON_SCREEN = 1.35;

    /**
     * A small bar chart of counts for a window, one bar each in the order given, in the charts' look and font.
     *
     * @param valueLabel what the numbers count ("cases"), under the value axis
     */
    public JFreeChart counts(java.util.List<CountChart.Bar> bars, String valueLabel) {
        return CountChart.build(new ChartTheme(font, ChartPalette.COLOUR_BLIND_SAFE, COUNTS_ON_SCREEN), bars,
                valueLabel);
    }

    private SeriesChartFactory factory(double scale) {
        return new SeriesChartFactory(new ChartTheme(font, ChartPalette.COLOUR_BLIND_SAFE, scale));
    }

    public ChartExporter exporter(ExportFormat format) {
        return switch (format) {
            case PNG -> new PngChartExporter();
            case SVG -> new SvgChartExporter();
            case PDF -> new PdfChartExporter(font);
        };
    }

    /** Writes a chart alone, at the size given. */
    public void export(JFreeChart chart, ExportFormat format, Path out, ExportOptions options) throws IOException {
        exporter(format).export(chart, out, options);
    }

    /** Writes the chart at the size given with its caption under it. */
    public void export(ChartFigure figure, ExportFormat format, Path out, ExportOptions options) throws IOException {
        exporter(format).export(figure, out, options);
    }

    /**
     * Builds and exports in one step, as the {@code chart} command does: the chart with its caption
     * under it, made taller for small multiples so each panel stays readable.
     */
    public void export(ChartRequest request, ExportFormat format, Path out, ExportOptions options) throws IOException {
        ChartFigure figure = figure(request);
        export(figure, format, out, options.withRoomForPanels(figure.panelCount()));
    }
}

package org.returnwatch.chart;

import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;

/**
 * The chart package's entry point for the command line and the desktop: build a chart from a request
 * and export it, with one font found once for both.
 */
public final class ChartService {

    private final ChartFont font;
    private final SeriesChartFactory factory;

    public ChartService(ChartFont font) {
        this.font = font;
        this.factory = new SeriesChartFactory(new ChartTheme(font));
    }

    /** Looks up the installed fonts (see {@link ChartFontLocator}); do this once, at start-up. */
    public static ChartService withInstalledFonts() {
        return new ChartService(ChartFontLocator.standardDirectories().locate());
    }

    public ChartFont font() {
        return font;
    }

    /** @throws IllegalArgumentException if the series are in more than two units */
    public JFreeChart build(ChartRequest request) {
        return factory.create(request);
    }

    public ChartExporter exporter(ExportFormat format) {
        return switch (format) {
            case PNG -> new PngChartExporter();
            case SVG -> new SvgChartExporter();
            case PDF -> new PdfChartExporter(font);
        };
    }

    public void export(JFreeChart chart, ExportFormat format, Path out, ExportOptions options) throws IOException {
        exporter(format).export(chart, out, options);
    }

    /** Builds and exports in one step, as the {@code chart} command does. */
    public void export(ChartRequest request, ExportFormat format, Path out, ExportOptions options) throws IOException {
        export(build(request), format, out, options);
    }
}

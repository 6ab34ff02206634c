package org.returnwatch.chart;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;

/** Writes a chart to a file, headless. */
public interface ChartExporter {

    ExportFormat format();

    /**
     * Writes the chart alone, at the size given. Writes the whole file or, on failure, leaves any
     * existing file at {@code out} untouched.
     */
    void export(JFreeChart chart, Path out, ExportOptions options) throws IOException;

    /**
     * Writes the chart at the size given with its caption (notes and source line) under it, which adds
     * to the height. Writes the whole file or, on failure, leaves any existing file untouched.
     */
    void export(ChartFigure figure, Path out, ExportOptions options) throws IOException;
}

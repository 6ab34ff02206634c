package org.returnwatch.chart;

import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;

/** Writes a chart to a file, headless. */
public interface ChartExporter {

    ExportFormat format();

    /** Writes the whole file or, on failure, leaves any existing file at {@code out} untouched. */
    void export(JFreeChart chart, Path out, ExportOptions options) throws IOException;
}

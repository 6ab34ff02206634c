package org.returnwatch.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** The only class of this package that touches JavaFX: a zoomable viewer with the figures' tooltips. */
public final class ChartViewerFactory {

    public ChartViewer viewerFor(JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setMinSize(320, 200);
        return viewer;
    }
}

package org.returnwatch.desktop.chartscreen;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.event.ChartProgressListener;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;

/**
 * Redraws a viewer's chart when it changes, but never in the middle of drawing it. The chart's plots fit
 * their axes to the labels as they draw, and each fit is a change; a viewer that redraws at once, inside
 * the drawing under way, then has the rest of that drawing painted over the new one (a panel drawn twice,
 * a little apart). A change made while drawing is drawn once the drawing is done.
 */
final class SteadyRedraw implements ChartChangeListener, ChartProgressListener {
    private final ChartCanvas canvas;
    private boolean drawing;
    private boolean changedMeanwhile;

    private SteadyRedraw(ChartCanvas canvas) {
        this.canvas = canvas;
    }

    /** Shows {@code chart} in the viewer, redrawn through this class instead of at every change. */
    static void show(ChartViewer viewer, JFreeChart chart) {
        boolean fresh = viewer.getChart() != chart;
        if (fresh) {
            // the viewer draws a chart it is given at once, listening itself: silent until this class listens
            chart.setNotify(false);
            viewer.setChart(chart);
        }
        ChartCanvas canvas = viewer.getCanvas();
        SteadyRedraw redraw = new SteadyRedraw(canvas);
        chart.removeChangeListener(canvas);
        chart.addChangeListener(redraw);
        chart.addProgressListener(redraw);
        if (fresh) {
            // draws it again, whole, with the fits that first drawing made
            chart.setNotify(true);
        }
    }

    @Override
    public void chartChanged(ChartChangeEvent event) {
        if (drawing) {
            changedMeanwhile = true;
        } else {
            canvas.chartChanged(event);
        }
    }

    @Override
    public void chartProgress(ChartProgressEvent event) {
        if (event.getType() == ChartProgressEvent.DRAWING_STARTED) {
            drawing = true;
        } else if (event.getType() == ChartProgressEvent.DRAWING_FINISHED) {
            drawing = false;
            if (changedMeanwhile) {
                changedMeanwhile = false;
                canvas.draw();
            }
        }
    }
}

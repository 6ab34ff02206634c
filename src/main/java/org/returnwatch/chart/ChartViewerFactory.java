package org.returnwatch.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.fx.FXGraphics2D;

/**
 * The only class of this package that touches JavaFX: a zoomable viewer with the figures' tooltips,
 * and a node of the chart with its caption for JavaFX printing and its preview.
 */
public final class ChartViewerFactory {

    public ChartViewer viewerFor(JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setMinSize(320, 200);
        return viewer;
    }

    /**
     * The figure as it prints: the chart {@code widthPt} by {@code chartHeightPt} points with its caption
     * under it, on a canvas of that width and the two heights together, one point a pixel (a printer
     * job scales nodes from 72 per inch). A node not in a scene may be made on any thread, as JavaFX
     * printing allows; the figure must not be drawn on two threads at once.
     */
    public Canvas printNode(ChartFigure figure, double widthPt, double chartHeightPt) {
        ChartCaption caption = figure.captionAt(widthPt, chartHeightPt);
        double height = chartHeightPt + figure.captionHeight(caption, widthPt);
        Canvas canvas = new Canvas(widthPt, Math.ceil(height));
        FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        g2.setPaint(Color.WHITE);
        g2.fill(new Rectangle2D.Double(0, 0, widthPt, canvas.getHeight()));
        figure.draw(g2, new Rectangle2D.Double(0, 0, widthPt, chartHeightPt), caption);
        g2.dispose();
        return canvas;
    }
}

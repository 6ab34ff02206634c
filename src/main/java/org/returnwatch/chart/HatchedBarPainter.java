package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.RectangularShape;
import java.io.Serializable;

import org.jfree.chart.renderer.xy.XYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints exact figures as solid bars and hedged ones (more than, about, ranges …) hatched on a pale
 * ground with an outline. Hatching is drawn as plain lines rather than a TexturePaint so that it
 * stays vector in PDF and SVG and survives black-and-white printing.
 */
final class HatchedBarPainter implements XYBarPainter, Serializable {

    private static final long serialVersionUID = 1L;
    static final double HATCH_SPACING = 3.5;

    @Override
    public void paintBar(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        Color colour = (Color) renderer.getItemPaint(row, column);
        Figure figure = ((FigureBarRenderer) renderer).figure(row, column);
        if (!figure.isHedged()) {
            g2.setPaint(colour);
            g2.fill(bar);
            return;
        }
        g2.setPaint(ChartTheme.tint(colour, 0.22));
        g2.fill(bar);
        Shape savedClip = g2.getClip();
        g2.clip(bar);
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(0.7f));
        double h = bar.getHeight();
        for (double d = -h; d < bar.getWidth(); d += HATCH_SPACING) {
            g2.draw(new Line2D.Double(bar.getMinX() + d, bar.getMaxY(), bar.getMinX() + d + h, bar.getMinY()));
        }
        g2.setClip(savedClip);
        g2.setStroke(new BasicStroke(1.0f));
        g2.draw(bar);
    }

    @Override
    public void paintBarShadow(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base, boolean pegShadow) {
        // shadows suggest depth that the data do not have
    }
}

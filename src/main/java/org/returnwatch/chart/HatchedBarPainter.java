package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.io.Serializable;
import org.jfree.chart.renderer.xy.XYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints exact figures as solid bars and hedged ones (more than, about …) hatched on a pale ground
 * with an outline. Hatching is drawn as plain lines rather than a TexturePaint so that it stays vector
 * in PDF and SVG and survives black-and-white printing. Light grey-scale shades get an outline, or
 * they would vanish on white paper.
 */
final class HatchedBarPainter implements XYBarPainter, Serializable {

    private static final long serialVersionUID = 1L;
    static final double HATCH_SPACING = 3.5;

    private final transient ChartTheme theme;

    HatchedBarPainter(ChartTheme theme) {
        this.theme = theme;
    }

    @Override
    public void paintBar(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base) {
        if (!(renderer instanceof FigureBarRenderer bars)) {
            throw new IllegalArgumentException("the hatched painter paints the bars of a FigureBarRenderer only");
        }
        Color colour = (Color) renderer.getItemPaint(row, column);
        SeriesStyle style = bars.style(row, column);
        if (bars.markOf(row, column) == Mark.BAR) {
            g2.setPaint(colour);
            g2.fill(bar);
            if (style.outlinedBar()) {
                g2.setPaint(Color.BLACK);
                g2.setStroke(theme.stroke(0.8));
                g2.draw(bar);
            }
            return;
        }
        paintHatched(g2, bar, colour, theme.scale());
    }

    /** The hedged look, also used for the legend's sample. */
    static void paintHatched(Graphics2D g2, Shape bar, Color colour, double scale) {
        g2.setPaint(ChartTheme.tint(colour, 0.22));
        g2.fill(bar);
        Shape savedClip = g2.getClip();
        g2.clip(bar);
        g2.setPaint(colour.getRed() > 0xA0 && colour.getRed() == colour.getBlue() ? colour.darker() : colour);
        g2.setStroke(new BasicStroke((float) (0.7 * scale)));
        Rectangle2D r = bar.getBounds2D();
        double h = r.getHeight();
        for (double d = -h; d < r.getWidth(); d += HATCH_SPACING * scale) {
            g2.draw(new Line2D.Double(r.getMinX() + d, r.getMaxY(), r.getMinX() + d + h, r.getMinY()));
        }
        g2.setClip(savedClip);
        g2.setStroke(new BasicStroke((float) (1.0 * scale)));
        g2.draw(bar);
    }

    @Override
    public void paintBarShadow(Graphics2D g2, XYBarRenderer renderer, int row, int column, RectangularShape bar,
            RectangleEdge base, boolean pegShadow) {
        // shadows suggest depth that the data do not have
    }
}

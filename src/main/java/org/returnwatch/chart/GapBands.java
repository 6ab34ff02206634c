package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.plot.XYPlot;

/**
 * Paints the years without a figure as a pale hatched band across the plot's full height, under
 * everything else, so an empty year never reads as a year of zero. Its words ("no figure published")
 * are placed by {@link PlotLabels}.
 */
final class GapBands {

    static final double HATCH_SPACING = 4.5;

    private GapBands() {
    }

    static void paint(Graphics2D g2, Rectangle2D area, XYPlot plot, List<ChartPlan.Gap> gaps, double scale) {
        for (ChartPlan.Gap gap : gaps) {
            double x0 = plot.getDomainAxis().valueToJava2D(gap.startX(), area, plot.getDomainAxisEdge());
            double x1 = plot.getDomainAxis().valueToJava2D(gap.endX(), area, plot.getDomainAxisEdge());
            double left = Math.max(area.getMinX(), Math.min(x0, x1));
            double right = Math.min(area.getMaxX(), Math.max(x0, x1));
            if (right <= left) {
                continue;
            }
            paintHatch(g2, new Rectangle2D.Double(left, area.getMinY(), right - left, area.getHeight()), scale);
        }
    }

    /** The gap's look, also used for its sample in the legend. */
    static void paintHatch(Graphics2D g2, Rectangle2D band, double scale) {
        g2.setPaint(ChartTheme.GAP_GROUND);
        g2.fill(band);
        Shape saved = g2.getClip();
        g2.clip(band);
        g2.setPaint(ChartTheme.GAP_HATCH);
        g2.setStroke(new BasicStroke((float) (0.6 * scale)));
        double h = band.getHeight();
        for (double d = -h; d < band.getWidth(); d += HATCH_SPACING * scale) {
            g2.draw(new Line2D.Double(band.getMinX() + d, band.getMaxY(), band.getMinX() + d + h, band.getMinY()));
        }
        g2.setClip(saved);
    }
}

package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/** A published range drawn as what it is: a bar from the low to the high value, with caps, and no point. */
final class ErrorBars {

    private ErrorBars() {
    }

    static void draw(Graphics2D g2, Figure f, Paint paint, double scale, Rectangle2D dataArea, XYPlot plot,
            ValueAxis domainAxis, ValueAxis rangeAxis) {
        double xx = domainAxis.valueToJava2D(f.x(), dataArea, plot.getDomainAxisEdge());
        double lo = rangeAxis.valueToJava2D(f.low(), dataArea, plot.getRangeAxisEdge());
        double hi = rangeAxis.valueToJava2D(f.high(), dataArea, plot.getRangeAxisEdge());
        double cap = MarkGeometry.ERROR_CAP * scale / 2;
        g2.setPaint(paint);
        g2.setStroke(new BasicStroke((float) (1.8 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g2.draw(new Line2D.Double(xx, lo, xx, hi));
        g2.draw(new Line2D.Double(xx - cap, lo, xx + cap, lo));
        g2.draw(new Line2D.Double(xx - cap, hi, xx + cap, hi));
    }

    /** A tooltip hot-spot over the whole bar, as the other marks have. */
    static void addEntity(PlotRenderingInfo info, XYItemRenderer renderer, XYDataset dataset, int series, int item,
            Figure f, double scale, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis) {
        EntityCollection entities = info == null ? null : info.getOwner().getEntityCollection();
        if (entities == null) {
            return;
        }
        double xx = domainAxis.valueToJava2D(f.x(), dataArea, plot.getDomainAxisEdge());
        double lo = rangeAxis.valueToJava2D(f.low(), dataArea, plot.getRangeAxisEdge());
        double hi = rangeAxis.valueToJava2D(f.high(), dataArea, plot.getRangeAxisEdge());
        Rectangle2D hotspot = MarkGeometry.errorBar(xx, lo, hi, scale);
        String tip = renderer.getToolTipGenerator(series, item) == null ? null
                : renderer.getToolTipGenerator(series, item).generateToolTip(dataset, series, item);
        entities.add(new XYItemEntity(hotspot, dataset, series, item, tip, null));
    }
}

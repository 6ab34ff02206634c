package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * Draws a total published for several years as a bracket across its whole span, labelled with the
 * total and the span (by FigureLabels). A bar would give it an area, and the eye would read that area as a yearly
 * amount; a bracket only says "this much, over this stretch".
 */
final class SpanTotalRenderer extends AbstractXYItemRenderer {

    private static final long serialVersionUID = 1L;
    static final double CAP = 6.0;

    private final FigureDataset data;

    SpanTotalRenderer(FigureDataset data, ChartTheme theme) {
        this.data = data;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            setSeriesPaint(s, theme.seriesColour(data.colourIndex(s)));
        }
        setDefaultToolTipGenerator(new FigureToolTips());
    }

    Figure figure(int series, int item) {
        return data.figure(series, item);
    }

    FigureDataset data() {
        return data;
    }

    @Override
    public Range findRangeBounds(XYDataset dataset) {
        return findRangeBounds(dataset, true);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        Figure f = figure(series, item);
        double x0 = domainAxis.valueToJava2D(f.xStart(), dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(f.xEnd(), dataArea, plot.getDomainAxisEdge());
        double yy = rangeAxis.valueToJava2D(f.high(), dataArea, plot.getRangeAxisEdge());
        Path2D bracket = new Path2D.Double();
        bracket.moveTo(x0, yy + CAP);
        bracket.lineTo(x0, yy);
        bracket.lineTo(x1, yy);
        bracket.lineTo(x1, yy + CAP);
        g2.setPaint(getItemPaint(series, item));
        g2.setStroke(f.isHedged()
                ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f)
                : new BasicStroke(2f));
        g2.draw(bracket);
        EntityCollection entities = info == null ? null : info.getOwner().getEntityCollection();
        if (entities != null) {
            Rectangle2D hotspot = new Rectangle2D.Double(x0, yy - 4, x1 - x0, CAP + 8);
            addEntity(entities, hotspot, dataset, series, item, 0.0, 0.0);
        }
    }
}

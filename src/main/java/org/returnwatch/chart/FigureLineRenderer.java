package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * Lines for levels at dates. Exact figures get filled circles, hedged ones hollow diamonds, a second
 * source's figure for the same date a triangle without a joining line, and a published range a
 * low–high whisker.
 */
final class FigureLineRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;
    private static final double SIZE = 7.0;
    private static final double CAP = 6.0;

    static final Shape EXACT_SHAPE = new Ellipse2D.Double(-SIZE / 2, -SIZE / 2, SIZE, SIZE);
    static final Shape HEDGED_SHAPE = diamond(SIZE + 2);
    static final Shape OTHER_SOURCE_SHAPE = triangle(SIZE + 2);

    private final FigureDataset data;

    FigureLineRenderer(FigureDataset data, ChartTheme theme) {
        super(true, true);
        this.data = data;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            setSeriesPaint(s, theme.seriesColour(data.colourIndex(s)));
            setSeriesStroke(s, theme.lineStroke());
            setSeriesLinesVisible(s, !data.isAlternates(s));
        }
        setDrawOutlines(true);
        setUseOutlinePaint(false);
        setUseFillPaint(true);
        setDefaultOutlineStroke(new BasicStroke(1.5f));
        setDefaultToolTipGenerator(new FigureToolTips());
        // labels are printed by FigureLabels, on top of every mark
        setDefaultItemLabelsVisible(false);
    }

    Figure figure(int series, int item) {
        return data.figure(series, item);
    }

    FigureDataset data() {
        return data;
    }

    @Override
    public Shape getItemShape(int row, int column) {
        if (data.isAlternates(row)) {
            return OTHER_SOURCE_SHAPE;
        }
        return figure(row, column).isHedged() ? HEDGED_SHAPE : EXACT_SHAPE;
    }

    @Override
    public Paint getItemFillPaint(int row, int column) {
        return figure(row, column).isHedged() ? Color.WHITE : getItemPaint(row, column);
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
        if (pass == 0 && f.isRange()) {
            double xx = domainAxis.valueToJava2D(f.x(), dataArea, plot.getDomainAxisEdge());
            double lo = rangeAxis.valueToJava2D(f.low(), dataArea, plot.getRangeAxisEdge());
            double hi = rangeAxis.valueToJava2D(f.high(), dataArea, plot.getRangeAxisEdge());
            g2.setPaint(getItemPaint(series, item));
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Line2D.Double(xx, lo, xx, hi));
            g2.draw(new Line2D.Double(xx - CAP / 2, lo, xx + CAP / 2, lo));
            g2.draw(new Line2D.Double(xx - CAP / 2, hi, xx + CAP / 2, hi));
        }
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                crosshairState, pass);
    }

    private static Shape diamond(double size) {
        double r = size / 2;
        Path2D p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    private static Shape triangle(double size) {
        double r = size / 2;
        Path2D p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, r);
        p.lineTo(-r, r);
        p.closePath();
        return p;
    }
}

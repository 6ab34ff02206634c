package org.returnwatch.chart;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
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
 * Draws a figure published for several years across its whole span: a bracket for one value (a
 * total, a yearly rate that held throughout, a change over the span), a band from low to high for a
 * range. A bar would give a total an area, and the eye would read that area as a yearly amount; a
 * bracket only says "this much, over this stretch". DossierWords are printed by {@link PlotLabels}.
 */
final class SpanTotalRenderer extends AbstractXYItemRenderer {

    private static final long serialVersionUID = 1L;

    private final FigureDataset data;
    private final transient ChartTheme theme;

    SpanTotalRenderer(FigureDataset data, ChartTheme theme) {
        this.data = data;
        this.theme = theme;
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

    Mark markOf(int series, int item) {
        return Mark.of(figure(series, item), false);
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
        double offset = MarkGeometry.stackOffset(f, theme.scale());
        double yHigh = rangeAxis.valueToJava2D(f.high(), dataArea, plot.getRangeAxisEdge()) + offset;
        Color colour = (Color) getItemPaint(series, item);
        Rectangle2D hotspot;
        if (f.isRange()) {
            double yLow = rangeAxis.valueToJava2D(f.low(), dataArea, plot.getRangeAxisEdge()) + offset;
            Rectangle2D band = new Rectangle2D.Double(x0, yHigh, x1 - x0, Math.max(1, yLow - yHigh));
            Composite saved = g2.getComposite();
            g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.28f));
            g2.setPaint(colour);
            g2.fill(band);
            g2.setComposite(saved);
            g2.setPaint(colour);
            g2.setStroke(theme.stroke(1.2));
            g2.draw(band);
            hotspot = band;
        } else {
            double cap = MarkGeometry.BRACKET_CAP * theme.scale();
            Path2D bracket = new Path2D.Double();
            bracket.moveTo(x0, yHigh + cap);
            bracket.lineTo(x0, yHigh);
            bracket.lineTo(x1, yHigh);
            bracket.lineTo(x1, yHigh + cap);
            g2.setPaint(colour);
            g2.setStroke(theme.bracketStroke(f.isHedged()));
            g2.draw(bracket);
            hotspot = new Rectangle2D.Double(x0, yHigh - 4, x1 - x0, cap + 8);
        }
        EntityCollection entities = info == null ? null : info.getOwner().getEntityCollection();
        if (entities != null) {
            addEntity(entities, hotspot, dataset, series, item, 0.0, 0.0);
        }
    }
}

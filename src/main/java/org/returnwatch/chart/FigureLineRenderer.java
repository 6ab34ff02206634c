package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
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
 * Lines for levels at dates. Each series of the dataset is one run of figures a line may join (see
 * {@link LinePlacement}); a run of one is a marker alone. Every series has its own marker shape,
 * filled for a figure as published and hollow for a hedged one; a published range is an error bar.
 */
final class FigureLineRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private final FigureDataset data;
    private final transient ChartTheme theme;

    FigureLineRenderer(FigureDataset data, ChartTheme theme) {
        super(true, true);
        this.data = data;
        this.theme = theme;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            int colour = data.colourIndex(s);
            setSeriesPaint(s, theme.seriesColour(colour));
            setSeriesStroke(s, theme.lineStroke(colour));
            setSeriesLinesVisible(s, data.getItemCount(s) > 1);
        }
        setDrawOutlines(true);
        setUseOutlinePaint(false);
        setUseFillPaint(true);
        setDefaultOutlineStroke(new BasicStroke((float) (1.5 * theme.scale())));
        setDefaultToolTipGenerator(new FigureToolTips());
        // labels are printed by PlotLabels, on top of every mark
        setDefaultItemLabelsVisible(false);
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

    double markerSize() {
        return ChartTheme.MARKER_SIZE * theme.scale();
    }

    @Override
    public Shape getItemShape(int row, int column) {
        return theme.style(figure(row, column).colourIndex()).shape(markerSize());
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
        return !figure(series, item).isRange();
    }

    @Override
    public boolean getItemShapeFilled(int series, int item) {
        return true;
    }

    @Override
    public Paint getItemFillPaint(int row, int column) {
        return markOf(row, column) == Mark.HOLLOW_POINT ? Color.WHITE : getItemPaint(row, column);
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
            ErrorBars.draw(g2, f, getItemPaint(series, item), theme.scale(), dataArea, plot, domainAxis, rangeAxis);
            ErrorBars.addEntity(info, this, dataset, series, item, f, theme.scale(), dataArea, plot, domainAxis,
                    rangeAxis);
        }
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                crosshairState, pass);
    }
}

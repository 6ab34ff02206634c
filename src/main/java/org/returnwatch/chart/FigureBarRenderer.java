package org.returnwatch.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * Bars for yearly figures. Each bar's x extent comes from the dataset (its shared slot), its height
 * from zero to the value. A published range gets no bar, which would claim a value from zero up,
 * but an error bar from its low to its high value.
 */
final class FigureBarRenderer extends XYBarRenderer {

    private static final long serialVersionUID = 1L;

    private final FigureDataset data;
    private final transient ChartTheme theme;

    FigureBarRenderer(FigureDataset data, ChartTheme theme) {
        this.data = data;
        this.theme = theme;
        setUseYInterval(true);
        setMargin(0.0);
        setShadowVisible(false);
        setDrawBarOutline(false);
        setBarPainter(new HatchedBarPainter(theme));
        for (int s = 0; s < data.getSeriesCount(); s++) {
            setSeriesPaint(s, theme.seriesColour(data.colourIndex(s)));
        }
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

    SeriesStyle style(int series, int item) {
        return theme.style(figure(series, item).colourIndex());
    }

    Mark markOf(int series, int item) {
        return Mark.of(figure(series, item), true);
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
        if (f.isRange()) {
            ErrorBars.draw(g2, f, getItemPaint(series, item), theme.scale(), dataArea, plot, domainAxis, rangeAxis);
            ErrorBars.addEntity(info, this, dataset, series, item, f, theme.scale(), dataArea, plot, domainAxis,
                    rangeAxis);
            return;
        }
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState,
                pass);
    }
}

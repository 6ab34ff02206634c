package org.returnwatch.chart;

import org.jfree.chart.renderer.xy.XYBarRenderer;

/**
 * Bars for yearly figures. Each bar's x extent comes from the dataset (its shared slot), its y extent
 * from zero to the value, or from low to high for a published range, so a range floats.
 */
final class FigureBarRenderer extends XYBarRenderer {

    private static final long serialVersionUID = 1L;

    private final FigureDataset data;

    FigureBarRenderer(FigureDataset data, ChartTheme theme) {
        this.data = data;
        setUseYInterval(true);
        setMargin(0.0);
        setShadowVisible(false);
        setDrawBarOutline(false);
        setBarPainter(new HatchedBarPainter());
        for (int s = 0; s < data.getSeriesCount(); s++) {
            setSeriesPaint(s, theme.seriesColour(data.colourIndex(s)));
        }
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
}

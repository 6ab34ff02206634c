package org.returnwatch.chart;

import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.TextAnchor;

/**
 * Bars for yearly figures. Each bar's x extent comes from the dataset (its shared slot), its y extent
 * from zero to the value, or from low to high for a published range, so a range floats.
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
        setBarPainter(new HatchedBarPainter());
        for (int s = 0; s < data.getSeriesCount(); s++) {
            setSeriesPaint(s, theme.seriesColour(data.colourIndex(s)));
        }
        setDefaultToolTipGenerator(new FigureToolTips());
        setDefaultItemLabelGenerator((dataset, series, item) -> label(series, item));
        setDefaultItemLabelsVisible(true);
        setDefaultItemLabelFont(theme.font(ChartTheme.LABEL_SIZE));
        setDefaultItemLabelPaint(ChartTheme.TEXT);
        setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        setPositiveItemLabelPositionFallback(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        setItemLabelAnchorOffset(3.0);
    }

    Figure figure(int series, int item) {
        return data.figure(series, item);
    }

    FigureDataset data() {
        return data;
    }

    private String label(int series, int item) {
        return FigureText.itemLabel(figure(series, item), theme::canDisplay);
    }

    @Override
    public boolean isItemLabelVisible(int row, int column) {
        return label(row, column) != null;
    }
}

package org.returnwatch.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A small bar chart of counts (cases by status, by tactic, by country), one horizontal bar each, in the
 * print look of every chart of the program: the theme's face (which covers Chinese script when such a
 * font is found), its first palette colour, a value axis from zero in whole numbers, a light grid, and
 * each bar's number written at its end, inside the plot. Bars keep the order given.
 */
public final class CountChart {
    /** Room after the longest bar for its number, as a share of the axis. */
    static final double ROOM_FOR_NUMBERS = 0.18;

    private CountChart() {
    }

    /** One bar: what is counted, and how many. */
    public record Bar(String label, int count) {
    }

    /**
     * A bar's key in the chart's data: its place in the list, shown by its label. Two bars of one label stay
     * two bars, and a click on a bar finds what it counts by its index.
     */
    public record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The row of the chart's one series. */
    static final String SERIES = "count";

    /**
     * @param valueLabel the unit the numbers count ("cases"), under the value axis
     */
    static JFreeChart build(ChartTheme theme, List<Bar> bars, String valueLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < bars.size(); i++) {
            data.addValue(bars.get(i).count(), SERIES, new Key(i, bars.get(i).label()));
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(theme.font(ChartTheme.TICK_SIZE));
        categories.setTickLabelPaint(ChartTheme.TEXT);
        categories.setAxisLinePaint(ChartTheme.AXIS_LINE);
        categories.setTickMarksVisible(false);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.3);
        categories.setLowerMargin(0.04);
        categories.setUpperMargin(0.04);

        NumberAxis values = theme.valueAxis(valueLabel);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        values.setUpperMargin(ROOM_FOR_NUMBERS);
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, theme.seriesColour(0));
        renderer.setMaximumBarWidth(0.6);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getIntegerInstance(Locale.ENGLISH)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.font(ChartTheme.LABEL_SIZE + 1));
        renderer.setDefaultItemLabelPaint(ChartTheme.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(theme.px(3));

        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        plot.setRangeGridlineStroke(theme.stroke(0.6));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(theme.px(2), theme.px(2), theme.px(2), theme.px(6)));

        JFreeChart chart = new JFreeChart(null, theme.font(ChartTheme.TITLE_SIZE), plot, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        chart.setPadding(new RectangleInsets(theme.px(4), theme.px(4), theme.px(4), theme.px(8)));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** The bars a chart made here shows, in order, as drawn: for a check that the chart and its numbers agree. */
    public static List<Bar> bars(JFreeChart chart) {
        DefaultCategoryDataset data = (DefaultCategoryDataset) chart.getCategoryPlot().getDataset();
        return data.getColumnKeys().stream().map(k -> new Bar(k.toString(),
                data.getValue(SERIES, (Comparable<?>) k).intValue())).toList();
    }
}

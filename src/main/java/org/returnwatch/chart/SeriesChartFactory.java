package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;

/**
 * Builds the chart for a {@link ChartRequest}: bars for flows, lines for stocks, brackets for totals
 * over spans, one value axis per unit (two at most), agreement milestones on the year axis, and the
 * notes and source line underneath.
 */
public final class SeriesChartFactory {

    /** Height of the plot of a 16 × 10 cm chart, in points, for sizing the head-room. */
    static final double TYPICAL_PLOT_HEIGHT = 165.0;
    /** Room for the labels printed above bars and brackets. */
    static final double LABEL_ROOM = 20.0;

    private final ChartTheme theme;

    public SeriesChartFactory(ChartTheme theme) {
        this.theme = theme;
    }

    /**
     * @throws IllegalArgumentException if the series are in more than two units
     */
    public JFreeChart create(ChartRequest request) {
        List<UnitLayers> layers = FigurePlanner.plan(request);
        MilestonePlot plot = new MilestonePlot();
        theme.stylePlot(plot);
        plot.setDomainAxis(theme.yearAxis());
        for (int axis = 0; axis < layers.size(); axis++) {
            plot.setRangeAxis(axis, theme.valueAxis(layers.get(axis).unit()));
            plot.setRangeAxisLocation(axis, axis == 0 ? AxisLocation.BOTTOM_OR_LEFT : AxisLocation.BOTTOM_OR_RIGHT);
        }
        // drawn in this order: bars underneath, lines and brackets on top
        int index = 0;
        for (int axis = 0; axis < layers.size(); axis++) {
            FigureDataset bars = layers.get(axis).bars();
            index = add(plot, index, axis, bars, new FigureBarRenderer(bars, theme));
        }
        for (int axis = 0; axis < layers.size(); axis++) {
            FigureDataset spans = layers.get(axis).spans();
            index = add(plot, index, axis, spans, new SpanTotalRenderer(spans, theme));
            FigureDataset lines = layers.get(axis).lines();
            index = add(plot, index, axis, lines, new FigureLineRenderer(lines, theme));
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addAnnotation(new FigureLabels(theme), false);

        Range years = yearRange(layers, request);
        List<ValueMarker> milestones = List.of();
        if (years != null) {
            plot.getDomainAxis().setRange(years);
            milestones = MilestoneMarkers.build(request.milestones(), years.getLowerBound(), years.getUpperBound(), theme);
            milestones.forEach(m -> plot.addDomainMarker(0, m, Layer.FOREGROUND, false));
        }
        leaveHeadroom(plot, layers.size(), milestones, years);
        plot.setFixedLegendItems(ChartLegend.items(layers, theme));

        JFreeChart chart = new JFreeChart(request.displayTitle(), theme.font(ChartTheme.TITLE_SIZE), plot, true);
        theme.styleChart(chart);
        chart.addSubtitle(theme.footnote(ChartNotes.sourceLine(layers, request.drawnOn()), ChartTheme.NOTE_SIZE,
                ChartTheme.MUTED_TEXT));
        ChartNotes.explanation(layers, theme).ifPresent(
                text -> chart.addSubtitle(theme.footnote(text, ChartTheme.NOTE_SIZE, ChartTheme.TEXT)));
        return chart;
    }

    private static int add(MilestonePlot plot, int index, int axis, FigureDataset data, XYItemRenderer renderer) {
        if (data.isEmpty()) {
            return index;
        }
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
        plot.mapDatasetToRangeAxis(index, axis);
        return index + 1;
    }

    /** Whole years covering every plotted figure and the years asked for; null when there is nothing. */
    static Range yearRange(List<UnitLayers> layers, ChartRequest request) {
        List<Figure> all = new ArrayList<>();
        layers.forEach(u -> all.addAll(u.allFigures()));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Figure f : all) {
            lo = Math.min(lo, Math.floor(f.xStart() + 0.5) - 0.5);
            hi = Math.max(hi, Math.ceil(f.xEnd() - 0.5) + 0.5);
        }
        if (request.fromYear() != null) {
            lo = Math.min(lo, request.fromYear() - 0.5);
            hi = Math.max(hi, request.fromYear() + 0.5);
        }
        if (request.toYear() != null) {
            hi = Math.max(hi, request.toYear() + 0.5);
            lo = Math.min(lo, request.toYear() - 0.5);
        }
        return lo < hi ? new Range(lo, hi) : null;
    }

    /** Room above the data for hedge labels and the rows of milestone labels. */
    private static void leaveHeadroom(MilestonePlot plot, int axes, List<ValueMarker> milestones, Range years) {
        int rows = years == null ? 0 : MilestoneLabelLayout.estimateRows(milestones, years.getLowerBound(),
                years.getUpperBound(), ChartTheme.LABEL_SIZE);
        double rowHeight = ChartTheme.LABEL_SIZE * 1.25 + MilestoneLabelLayout.ROW_SPACING;
        double share = Math.min(0.6, (LABEL_ROOM + rows * rowHeight) / TYPICAL_PLOT_HEIGHT);
        for (int axis = 0; axis < axes; axis++) {
            ((NumberAxis) plot.getRangeAxis(axis)).setUpperMargin(share / (1 - share));
        }
    }
}

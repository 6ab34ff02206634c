package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.returnwatch.chart.MilestoneMarkers.Milestone;

/**
 * Builds the chart for a {@link ChartRequest}: bars for flows, lines for stocks, brackets and bands for
 * figures over spans, hatched gaps, one plot or small multiples, agreement milestones on the year
 * axis, a legend of exactly the marks used, and the caption (notes and source line) to go under it.
 */
public final class SeriesChartFactory {

    /** The plot's width in a chart 16 cm wide, in points, for deciding how milestones are labelled. */
    static final double TYPICAL_PLOT_WIDTH = 380.0;

    private final ChartTheme theme;

    public SeriesChartFactory(ChartTheme theme) {
        this.theme = theme;
    }

    /**
     * The chart and its caption, for paper: the notes and the source line stay out of the chart, so
     * that the plot keeps its height, and are printed under it.
     *
     * @throws IllegalArgumentException when the layout asked for cannot hold the series, saying why
     */
    public ChartFigure figure(ChartRequest request) {
        ChartTheme t = theme.withPalette(request.palette());
        ChartPlan plan = FigurePlanner.plan(request);
        Range years = plan.years();
        List<Milestone> milestones = years == null ? List.of() : MilestoneMarkers.labelled(
                MilestoneMarkers.build(request.milestones(), years.getLowerBound(), years.getUpperBound()),
                years.getLowerBound(), years.getUpperBound(), t.px(TYPICAL_PLOT_WIDTH), t.font(ChartTheme.LABEL_SIZE));
        XYPlot plot;
        if (plan.panels().size() == 1) {
            plot = panel(plan.panels().get(0), years, milestones, true, true, t);
        } else {
            PanelsPlot panels = new PanelsPlot(t.yearAxis(), t, years);
            panels.setGap(t.px(6));
            panels.setInsets(new RectangleInsets(t.px(4), t.px(2), t.px(2), t.px(2)));
            for (int i = 0; i < plan.panels().size(); i++) {
                FigurePlot panel = panel(plan.panels().get(i), years, milestones, i == 0, false, t);
                panels.add(panel, 1);
                // added panels lose their insets; the top one keeps room for its caption
                panel.setInsets(new RectangleInsets(panel.captionRoom(), 0, 0, 0));
            }
            if (years != null) {
                panels.getDomainAxis().setRange(years);
            }
            plot = panels;
        }
        Set<Mark> used = MarksUsed.of(plan, milestones);
        LegendItemCollection legend = ChartLegend.items(plan, used, t);
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(request.displayTitle(), t.font(ChartTheme.TITLE_SIZE), plot, true);
        t.styleChart(chart);
        List<Figure> figures = new ArrayList<>(plan.allFigures());
        figures.sort(Comparator.comparingInt(Figure::colourIndex).thenComparing(f -> f.point().period()));
        ChartCaption caption = new ChartCaption(ChartNotes.sentences(request, plan, used, milestones, t),
                SourceLine.of(figures, request.drawnOn()));
        return new ChartFigure(chart, caption, t, plan.panels().size());
    }

    /**
     * The chart with its notes and source line inside it, under the plot, for a screen where there is
     * no caption below.
     */
    public JFreeChart create(ChartRequest request) {
        ChartFigure figure = figure(request);
        ChartTheme t = theme.withPalette(request.palette());
        List<String> paragraphs = figure.caption().paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean sourceLine = i == paragraphs.size() - 1;
            figure.chart()
                    .addSubtitle(t.footnote(paragraphs.get(i), sourceLine ? ChartTheme.MUTED_TEXT : ChartTheme.TEXT));
        }
        return figure.chart();
    }

    /** One plot; milestone lines cross every panel, their labels go in the top one. */
    private static FigurePlot panel(ChartPlan.Panel panel, Range years, List<Milestone> milestones,
            boolean labelsMilestones, boolean ownYearAxis, ChartTheme t) {
        FigurePlot plot = new FigurePlot(t, panel, years);
        t.stylePlot(plot);
        if (ownYearAxis) {
            plot.setDomainAxis(t.yearAxis());
            if (years != null) {
                plot.getDomainAxis().setRange(years);
            }
        }
        List<UnitLayers> axes = panel.axes();
        for (int a = 0; a < axes.size(); a++) {
            NumberAxis axis = t.valueAxis(axes.get(a).unit());
            plot.setRangeAxis(a, axis);
            plot.setRangeAxisLocation(a, a == 0 ? AxisLocation.BOTTOM_OR_LEFT : AxisLocation.BOTTOM_OR_RIGHT);
        }
        // drawn in this order: bars underneath, bands and brackets over them, lines on top
        int index = 0;
        for (int a = 0; a < axes.size(); a++) {
            FigureDataset bars = axes.get(a).bars();
            index = add(plot, index, a, bars, new FigureBarRenderer(bars, t));
        }
        for (int a = 0; a < axes.size(); a++) {
            FigureDataset spans = axes.get(a).spans();
            index = add(plot, index, a, spans, new SpanTotalRenderer(spans, t));
        }
        for (int a = 0; a < axes.size(); a++) {
            FigureDataset lines = axes.get(a).lines();
            index = add(plot, index, a, lines, new FigureLineRenderer(lines, t));
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (Milestone m : milestones) {
            plot.addDomainMarker(0, MilestoneMarkers.line(m, t), Layer.FOREGROUND, false);
        }
        plot.setLabels(new PlotLabels(t, labelsMilestones ? milestones : List.of(), panel.gaps()));
        return plot;
    }

    private static int add(FigurePlot plot, int index, int axis, FigureDataset data, XYItemRenderer renderer) {
        if (data.isEmpty()) {
            return index;
        }
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
        plot.mapDatasetToRangeAxis(index, axis);
        return index + 1;
    }
}

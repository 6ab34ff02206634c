package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.Range;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Series;

/**
 * Turns a request into a {@link ChartPlan}: the figures in the chosen years, grouped into panels and
 * axes, with bars sharing their year's slot, line figures set side by side where they would hide one
 * another and split into the runs a line may join, overlapping spans stacked, and the gaps found.
 */
final class FigurePlanner {

    private FigurePlanner() {
    }

    static ChartPlan plan(ChartRequest request) {
        List<Series> all = request.series();
        List<List<Figure>> natural = new ArrayList<>();
        List<Double> largest = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<Figure> figures = figuresOf(request, all.get(i), i);
            natural.add(figures);
            largest.add(figures.stream().mapToDouble(Figure::high).max().orElse(0));
        }
        List<SeriesGroups.Group> groups = SeriesGroups.of(all, largest);
        List<List<List<Integer>>> arrangement = SeriesGroups.arrange(request.layout(), groups, all);
        Range years = yearRange(natural, request);
        List<ChartPlan.Panel> panels = new ArrayList<>();
        for (List<List<Integer>> axes : arrangement) {
            panels.add(panel(request, axes, natural, years, arrangement.size() > 1));
        }
        ChartLayout layout = panels.size() > 1 ? ChartLayout.SMALL_MULTIPLES
                : panels.get(0).axes().size() > 1 ? ChartLayout.SECOND_AXIS : ChartLayout.ONE_AXIS;
        return new ChartPlan(layout, panels, years);
    }

    private static ChartPlan.Panel panel(ChartRequest request, List<List<Integer>> axes, List<List<Figure>> natural,
            Range years, boolean captioned) {
        List<Series> all = request.series();
        boolean twoAxes = axes.size() > 1;
        // bars of every axis share the year slots; line figures of every axis are set apart together
        List<List<Figure>> bars = new ArrayList<>();
        List<Figure> lineFigures = new ArrayList<>();
        Map<Figure, Double> axisTop = new IdentityHashMap<>();
        List<Figure> panelFigures = new ArrayList<>();
        for (List<Integer> members : axes) {
            double top = members.stream().flatMap(i -> natural.get(i).stream()).mapToDouble(Figure::high).max()
                    .orElse(0);
            for (int i : members) {
                List<Figure> single = natural.get(i).stream().filter(f -> !f.isSpanTotal()).toList();
                if (request.type().resolve(all.get(i).measure()) == ChartType.BAR) {
                    bars.add(single);
                } else {
                    lineFigures.addAll(single);
                }
                natural.get(i).forEach(f -> axisTop.put(f, top));
                panelFigures.addAll(natural.get(i));
            }
        }
        List<List<Figure>> placedBars = BarSlots.place(bars);
        Map<Figure, Figure> placedLines = LinePlacement.dodge(lineFigures, axisTop);
        List<UnitLayers> layers = new ArrayList<>();
        int nextBars = 0;
        for (int a = 0; a < axes.size(); a++) {
            List<Integer> members = axes.get(a);
            FigureDataset barData = new FigureDataset(FigureDataset.Base.ZERO);
            FigureDataset lineData = new FigureDataset(FigureDataset.Base.VALUE);
            FigureDataset spanData = new FigureDataset(FigureDataset.Base.VALUE);
            List<Figure> spans = new ArrayList<>();
            double top = 0;
            for (int i : members) {
                Series s = all.get(i);
                natural.get(i).stream().filter(Figure::isSpanTotal).forEach(spans::add);
                top = Math.max(top, natural.get(i).stream().mapToDouble(Figure::high).max().orElse(0));
                if (request.type().resolve(s.measure()) == ChartType.BAR) {
                    barData.addSeries(s.name(), placedBars.get(nextBars++));
                } else {
                    List<Figure> mine = natural.get(i).stream().filter(f -> !f.isSpanTotal())
                            .map(placedLines::get).toList();
                    for (List<Figure> run : LinePlacement.runs(mine)) {
                        lineData.addSeries(s.name(), run);
                    }
                }
            }
            List<Figure> stacked = SpanStacks.stack(spans, top);
            for (int i : members) {
                List<Figure> mine = stacked.stream().filter(f -> f.colourIndex() == i).toList();
                spanData.addSeries(all.get(i).name(), mine);
            }
            String place = twoAxes ? (a == 0 ? lang("left axis") : lang("right axis")) : null;
            layers.add(new UnitLayers(all.get(members.get(0)).unit(), place, barData, lineData, spanData));
        }
        String caption = captioned ? String.join(" · ",
                axes.stream().flatMap(List::stream).map(i -> all.get(i).name()).toList()) : null;
        return new ChartPlan.Panel(layers, GapFinder.gaps(panelFigures, years), caption);
    }

    private static List<Figure> figuresOf(ChartRequest request, Series s, int colourIndex) {
        List<Figure> figures = new ArrayList<>();
        for (DataPoint p : s.points()) {
            // a size or a trend in words has no number to draw: the notes quote it
            if (p.isFigure() && request.covers(p.period())) {
                double start = AxisPositions.startOf(p.period().date());
                double end = AxisPositions.endOf(p.period().date());
                figures.add(new Figure(s, colourIndex, p, request.sourcesOf(p), start, (start + end) / 2.0, end));
            }
        }
        return figures;
    }

    /** Whole years covering every figure and the years asked for; null when there is nothing. */
    static Range yearRange(List<List<Figure>> figures, ChartRequest request) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<Figure> list : figures) {
            for (Figure f : list) {
                lo = Math.min(lo, f.point().period().startYear() - 0.5);
                hi = Math.max(hi, f.point().period().endYear() + 0.5);
            }
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
}

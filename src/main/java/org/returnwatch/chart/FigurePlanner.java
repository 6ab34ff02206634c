package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;

/** Turns a request into per-unit datasets, applying the year range and the honesty rules of layout. */
final class FigurePlanner {

    static final int MAX_UNITS = 2;
    static final double OTHER_SOURCE_NUDGE = 0.2;

    private FigurePlanner() {
    }

    static List<UnitLayers> plan(ChartRequest request) {
        List<String> units = unitsOf(request.series());
        Map<String, List<List<Figure>>> barsByUnit = new LinkedHashMap<>();
        Map<String, List<String>> barKeysByUnit = new LinkedHashMap<>();
        Map<String, FigureDataset> lines = new LinkedHashMap<>();
        Map<String, FigureDataset> spans = new LinkedHashMap<>();
        for (String unit : units) {
            barsByUnit.put(unit, new ArrayList<>());
            barKeysByUnit.put(unit, new ArrayList<>());
            lines.put(unit, new FigureDataset(FigureDataset.Base.VALUE));
            spans.put(unit, new FigureDataset(FigureDataset.Base.VALUE));
        }
        List<Series> all = request.series();
        for (int i = 0; i < all.size(); i++) {
            Series s = all.get(i);
            List<Figure> figures = figuresOf(request, s, i);
            List<Figure> single = figures.stream().filter(f -> !f.isSpanTotal()).toList();
            spans.get(s.unit()).addSeries(s.name(), figures.stream().filter(Figure::isSpanTotal).toList(), false);
            if (request.type().resolve(s.measure()) == ChartType.BAR) {
                barsByUnit.get(s.unit()).add(single);
                barKeysByUnit.get(s.unit()).add(s.name());
            } else {
                addLineSeries(lines.get(s.unit()), s.name(), single);
            }
        }
        List<List<Figure>> allBars = barsByUnit.values().stream().flatMap(List::stream).toList();
        List<List<Figure>> placed = BarSlots.place(allBars);
        List<UnitLayers> result = new ArrayList<>();
        int next = 0;
        for (String unit : units) {
            FigureDataset bars = new FigureDataset(FigureDataset.Base.ZERO);
            List<String> keys = barKeysByUnit.get(unit);
            for (String key : keys) {
                bars.addSeries(key, placed.get(next++), false);
            }
            result.add(new UnitLayers(unit, bars, lines.get(unit), spans.get(unit)));
        }
        return result;
    }

    private static List<String> unitsOf(List<Series> series) {
        Set<String> units = new LinkedHashSet<>();
        series.forEach(s -> units.add(s.unit()));
        if (units.size() > MAX_UNITS) {
            throw new IllegalArgumentException("cannot chart series in " + units.size() + " different units ("
                    + String.join(", ", units) + ") together: one chart has at most two value axes; "
                    + "choose series in at most two units");
        }
        return List.copyOf(units);
    }

    private static List<Figure> figuresOf(ChartRequest request, Series s, int colourIndex) {
        List<Figure> figures = new ArrayList<>();
        for (DataPoint p : s.points()) {
            if (request.covers(p.period())) {
                figures.add(naturalPlace(s, colourIndex, p, request));
            }
        }
        return figures;
    }

    private static Figure naturalPlace(Series s, int colourIndex, DataPoint p, ChartRequest request) {
        ReportingPeriod period = p.period();
        double start = AxisPositions.startOf(period.date());
        double end = AxisPositions.endOf(period.date());
        return new Figure(s, colourIndex, p, request.sourcesOf(p), start, (start + end) / 2.0, end);
    }

    /**
     * A line joins one figure per period; a second source's figure for the same period goes into an
     * "other sources" series drawn as markers only, so it stays visible without zig-zagging the line.
     */
    private static void addLineSeries(FigureDataset lines, String name, List<Figure> figures) {
        List<Figure> primary = new ArrayList<>();
        List<Figure> others = new ArrayList<>();
        Map<ReportingPeriod, Integer> seen = new LinkedHashMap<>();
        for (Figure f : figures) {
            int earlier = seen.merge(f.point().period(), 1, Integer::sum) - 1;
            if (earlier == 0) {
                primary.add(f);
            } else {
                // nudged sideways so that a close figure does not hide behind the first one's marker
                others.add(f.nudgedBy(OTHER_SOURCE_NUDGE * earlier));
            }
        }
        lines.addSeries(name, primary, false);
        lines.addSeries(name + " — other sources", others, true);
    }
}

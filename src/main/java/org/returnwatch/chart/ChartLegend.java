package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/**
 * The legend: one entry per series, drawn as that series is drawn (its bar, its line and marker, or
 * its bracket or band), then one grey entry for every other kind of mark the chart uses (hedged,
 * range, span, gap, milestone) that no series entry shows already, and only those. Each entry's description names the
 * marks it shows,
 * so the legend can be checked against the drawing.
 */
final class ChartLegend {

    private ChartLegend() {
    }

    static LegendItemCollection items(ChartPlan plan, Set<Mark> used, ChartTheme theme) {
        LegendItemCollection items = new LegendItemCollection();
        Set<Mark> shown = EnumSet.noneOf(Mark.class);
        for (LegendItem item : seriesEntries(plan, theme).values()) {
            items.add(item);
            shown.addAll(marksOf(item));
        }
        LegendSamples samples = new LegendSamples(theme);
        if (used.contains(Mark.HATCHED_BAR)) {
            items.add(samples.hatched(lang("Hatched bar: hedged figure"), Mark.HATCHED_BAR));
        }
        if (used.contains(Mark.HOLLOW_POINT)) {
            items.add(samples.hollow(lang("Hollow marker: hedged figure")));
        }
        // a series drawn only as brackets, bands or error bars already shows that mark in its own entry;
        // hedged marks always get their own entry, since what they mean is not in the series' name
        if (used.contains(Mark.ERROR_BAR) && !shown.contains(Mark.ERROR_BAR)) {
            items.add(samples.errorBar(lang("Range published, low–high"), ChartTheme.KEY_GREY));
        }
        if (used.contains(Mark.BAND) && !shown.contains(Mark.BAND)) {
            items.add(samples.band(lang("Range for a span, low–high"), ChartTheme.KEY_GREY, Mark.BAND));
        }
        if (used.contains(Mark.BRACKET) && !shown.contains(Mark.BRACKET)) {
            items.add(samples.bracket(lang("One figure for a whole span"), ChartTheme.KEY_GREY, false, Mark.BRACKET));
        }
        if (used.contains(Mark.DASHED_BRACKET)) {
            items.add(samples.bracket(lang("Hedged figure for a span"), ChartTheme.KEY_GREY, true,
                    Mark.DASHED_BRACKET));
        }
        if (used.contains(Mark.GAP)) {
            items.add(samples.gap(lang("No figure published")));
        }
        if (used.contains(Mark.MILESTONE)) {
            items.add(samples.milestone(lang("Agreement status change"), false));
        }
        if (used.contains(Mark.UNCERTAIN_MILESTONE)) {
            items.add(samples.milestone(lang("Status change, date uncertain"), true));
        }
        return items;
    }

    /** The marks a legend item shows, from its description. */
    static Set<Mark> marksOf(LegendItem item) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        if (item.getDescription() != null && !item.getDescription().isBlank()) {
            for (String name : item.getDescription().split(" ")) {
                marks.add(Mark.valueOf(name));
            }
        }
        return marks;
    }

    private static Map<Integer, LegendItem> seriesEntries(ChartPlan plan, ChartTheme theme) {
        Map<Integer, LegendItem> bySeries = new TreeMap<>();
        LegendSamples samples = new LegendSamples(theme);
        for (ChartPlan.Panel panel : plan.panels()) {
            for (UnitLayers u : panel.axes()) {
                String place = u.place() == null ? "" : " (" + u.place() + ")";
                for (int s = 0; s < u.bars().getSeriesCount(); s++) {
                    List<Figure> figures = u.bars().figures(s);
                    Figure first = figures.get(0);
                    bySeries.putIfAbsent(first.colourIndex(), samples.barSeries(first.series().name() + place,
                            first.colourIndex(), marks(figures, true)));
                }
                Map<Integer, List<Figure>> lineFigures = new TreeMap<>();
                Map<Integer, Boolean> joined = new TreeMap<>();
                for (int s = 0; s < u.lines().getSeriesCount(); s++) {
                    lineFigures.computeIfAbsent(u.lines().colourIndex(s), k -> new ArrayList<>())
                            .addAll(u.lines().figures(s));
                    joined.merge(u.lines().colourIndex(s), u.lines().getItemCount(s) > 1, Boolean::logicalOr);
                }
                for (Map.Entry<Integer, List<Figure>> e : lineFigures.entrySet()) {
                    String name = e.getValue().get(0).series().name();
                    bySeries.putIfAbsent(e.getKey(), samples.lineSeries(name + place, e.getKey(),
                            marks(e.getValue(), false), joined.get(e.getKey())));
                }
                for (int s = 0; s < u.spans().getSeriesCount(); s++) {
                    Figure first = u.spans().figure(s, 0);
                    boolean allRanges = u.spans().figures(s).stream().allMatch(Figure::isRange);
                    Color colour = theme.seriesColour(first.colourIndex());
                    String label = first.series().name() + place;
                    bySeries.putIfAbsent(first.colourIndex(), allRanges ? samples.band(label, colour, Mark.BAND)
                            : samples.bracket(label, colour, false, Mark.BRACKET));
                }
            }
        }
        return bySeries;
    }

    private static Set<Mark> marks(List<Figure> figures, boolean asBar) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        figures.forEach(f -> marks.add(Mark.of(f, asBar)));
        return marks;
    }

    /** The little drawings in front of legend entries, at the theme's scale. */
    private record LegendSamples(ChartTheme theme) {

        private double s(double v) {
            return theme.px(v);
        }

        /** A bar series by its plain bar, or by what it does draw when it has no figure as published. */
        LegendItem barSeries(String label, int series, Set<Mark> drawn) {
            SeriesStyle style = theme.style(series);
            Shape square = new Rectangle2D.Double(-s(5), -s(5), s(10), s(10));
            if (drawn.contains(Mark.BAR)) {
                return item(label, List.of(Mark.BAR), square, style.colour(), style.outlinedBar() ? Color.BLACK : null,
                        null, null, null);
            }
            if (drawn.contains(Mark.HATCHED_BAR)) {
                return item(label, List.of(Mark.HATCHED_BAR), square, ChartTheme.tint(style.colour(), 0.22),
                        style.colour(), hatch(s(5), HatchedBarPainter.HATCH_SPACING * theme.scale()),
                        new BasicStroke((float) s(0.7)), style.colour());
            }
            return errorBar(label, style.colour());
        }

        /** A line series by its marker (filled, or hollow when all its figures are hedged) and its line. */
        LegendItem lineSeries(String label, int series, Set<Mark> drawn, boolean joined) {
            SeriesStyle style = theme.style(series);
            if (!drawn.contains(Mark.POINT) && !drawn.contains(Mark.HOLLOW_POINT)) {
                return errorBar(label, style.colour());
            }
            Shape marker = style.shape(ChartTheme.MARKER_SIZE * theme.scale());
            Mark point = drawn.contains(Mark.POINT) ? Mark.POINT : Mark.HOLLOW_POINT;
            List<Mark> marks = joined ? List.of(point, Mark.LINE) : List.of(point);
            return item(label, marks, marker, point == Mark.POINT ? style.colour() : Color.WHITE,
                    point == Mark.POINT ? null : style.colour(), joined ? new Line2D.Double(-s(11), 0, s(11), 0) : null,
                    style.lineStroke(theme.scale()), style.colour());
        }

        LegendItem hatched(String label, Mark mark) {
            Shape square = new Rectangle2D.Double(-s(5), -s(5), s(10), s(10));
            return item(label, List.of(mark), square, ChartTheme.tint(ChartTheme.KEY_GREY, 0.22), ChartTheme.KEY_GREY,
                    hatch(s(5), HatchedBarPainter.HATCH_SPACING * theme.scale()), new BasicStroke((float) s(0.7)),
                    ChartTheme.KEY_GREY);
        }

        LegendItem hollow(String label) {
            Shape marker = SeriesStyle.shape(0, ChartTheme.MARKER_SIZE * theme.scale());
            return item(label, List.of(Mark.HOLLOW_POINT), marker, Color.WHITE, ChartTheme.KEY_GREY, null, null, null);
        }

        LegendItem errorBar(String label, Color colour) {
            double c = MarkGeometry.ERROR_CAP * theme.scale() / 2;
            Path2D p = new Path2D.Double();
            p.moveTo(-c, -s(6));
            p.lineTo(c, -s(6));
            p.moveTo(0, -s(6));
            p.lineTo(0, s(6));
            p.moveTo(-c, s(6));
            p.lineTo(c, s(6));
            return item(label, List.of(Mark.ERROR_BAR), null, null, null, p, new BasicStroke((float) s(1.8)), colour);
        }

        LegendItem band(String label, Color colour, Mark mark) {
            Shape rect = new Rectangle2D.Double(-s(10), -s(5), s(20), s(10));
            Color pale = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 72);
            return item(label, List.of(mark), rect, pale, colour, null, null, null);
        }

        LegendItem bracket(String label, Color colour, boolean dashed, Mark mark) {
            Path2D p = new Path2D.Double();
            p.moveTo(-s(10), s(4));
            p.lineTo(-s(10), -s(2));
            p.lineTo(s(10), -s(2));
            p.lineTo(s(10), s(4));
            return item(label, List.of(mark), null, null, null, p, theme.bracketStroke(dashed), colour);
        }

        LegendItem gap(String label) {
            Shape square = new Rectangle2D.Double(-s(6), -s(6), s(12), s(12));
            return item(label, List.of(Mark.GAP), square, ChartTheme.GAP_GROUND, ChartTheme.GAP_HATCH,
                    hatch(s(6), GapBands.HATCH_SPACING * theme.scale()), new BasicStroke((float) s(0.6)),
                    ChartTheme.GAP_HATCH);
        }

        LegendItem milestone(String label, boolean uncertain) {
            return item(label, List.of(uncertain ? Mark.UNCERTAIN_MILESTONE : Mark.MILESTONE), null, null, null,
                    new Line2D.Double(0, -s(6), 0, s(6)), theme.milestoneStroke(uncertain), ChartTheme.MILESTONE);
        }

        /** Diagonal hatch lines filling a square of half-width {@code r} centred on (0, 0). */
        private static Shape hatch(double r, double spacing) {
            Path2D p = new Path2D.Double();
            for (double d = -2 * r + spacing; d < 2 * r; d += spacing) {
                // the line x - y = d clipped to the square [-r, r]²
                double x0 = Math.max(-r, d - r);
                double x1 = Math.min(r, d + r);
                if (x1 > x0) {
                    p.moveTo(x0, -(x0 - d));
                    p.lineTo(x1, -(x1 - d));
                }
            }
            return p;
        }

        private static LegendItem item(String label, List<Mark> marks, Shape shape, Paint fill, Paint outline,
                Shape line, Stroke lineStroke, Paint linePaint) {
            String description = marks.stream().map(Enum::name).collect(Collectors.joining(" "));
            boolean hasShape = shape != null;
            Shape s = hasShape ? shape : new Rectangle2D.Double(0, 0, 0, 0);
            boolean hasLine = line != null;
            return new LegendItem(label, description, null, null, hasShape, s, hasShape && fill != null,
                    fill == null ? Color.WHITE : fill, hasShape && outline != null,
                    outline == null ? Color.BLACK : outline, new BasicStroke(1.2f), hasLine,
                    hasLine ? line : new Line2D.Double(0, 0, 0, 0), lineStroke == null ? new BasicStroke(1f)
                            : lineStroke,
                    linePaint == null ? Color.BLACK : linePaint);
        }
    }

    static List<String> labels(LegendItemCollection items) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }
}

package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the figures of lines go and which of them a line may join.
 * <p>
 * A line joins two figures only when they come from one source (the same claimant, cited from the
 * same documents), their periods are consecutive (no whole year between them), neither date is
 * uncertain and neither is a range (which has no single value to join); anything else is a break. Figures that fall in
 * the same year and would hide one another
 * (two sources for one series, or two series at nearly the same height) are set side by side inside
 * that year.
 */
final class LinePlacement {

    /** The part of a year that figures set side by side spread over. */
    static final double DODGE_WIDTH = 0.8;
    /** Two series' figures closer than this share of the axis would hide one another's markers. */
    static final double CLOSE_SHARE = 0.08;

    private LinePlacement() {
    }

    /**
     * Spreads the figures of each year that need it across the year.
     *
     * @param axisTop the largest value on each figure's axis, to tell what lies close
     */
    static Map<Figure, Figure> dodge(List<Figure> figures, Map<Figure, Double> axisTop) {
        Map<Integer, List<Figure>> byYear = new TreeMap<>();
        figures.forEach(f -> byYear.computeIfAbsent(f.year(), k -> new ArrayList<>()).add(f));
        Map<Figure, Figure> placed = new IdentityHashMap<>();
        for (Map.Entry<Integer, List<Figure>> year : byYear.entrySet()) {
            List<Figure> same = new ArrayList<>(year.getValue());
            if (!needsDodging(same, axisTop)) {
                same.forEach(f -> placed.put(f, f));
                continue;
            }
            same.sort(Comparator.comparing((Figure f) -> f.point().period())
                    .thenComparingInt(Figure::colourIndex).thenComparing(Figure::provenance));
            int n = same.size();
            for (int i = 0; i < n; i++) {
                double x = year.getKey() - DODGE_WIDTH / 2 + (i + 0.5) * DODGE_WIDTH / n;
                placed.put(same.get(i), same.get(i).drawnAt(x));
            }
        }
        return placed;
    }

    private static boolean needsDodging(List<Figure> same, Map<Figure, Double> axisTop) {
        for (int i = 0; i < same.size(); i++) {
            for (int j = i + 1; j < same.size(); j++) {
                Figure a = same.get(i);
                Figure b = same.get(j);
                if (a.colourIndex() == b.colourIndex()) {
                    if (!a.sameSourceAs(b)) {
                        return true;
                    }
                } else if (Math.abs(share(a, axisTop) - share(b, axisTop)) < CLOSE_SHARE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double share(Figure f, Map<Figure, Double> axisTop) {
        double top = axisTop.getOrDefault(f, 0.0);
        return top <= 0 ? 0 : f.middle() / top;
    }

    /** Splits one series' figures into the runs a line may join, each in date order. */
    static List<List<Figure>> runs(List<Figure> figures) {
        Map<String, List<Figure>> bySource = new LinkedHashMap<>();
        figures.forEach(f -> bySource.computeIfAbsent(f.provenance(), k -> new ArrayList<>()).add(f));
        List<List<Figure>> runs = new ArrayList<>();
        for (List<Figure> chain : bySource.values()) {
            List<Figure> sorted = new ArrayList<>(chain);
            sorted.sort(Comparator.comparing((Figure f) -> f.point().period()).thenComparingDouble(Figure::x));
            List<Figure> run = new ArrayList<>();
            for (Figure f : sorted) {
                if (!run.isEmpty() && !joins(run.get(run.size() - 1), f)) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                run.add(f);
            }
            runs.add(run);
        }
        runs.sort(Comparator.comparingDouble(r -> r.get(0).x()));
        return runs;
    }

    /** Whether a line may go from {@code a} to the next figure of the same source, {@code b}. */
    static boolean joins(Figure a, Figure b) {
        if (a.hasUncertainDate() || b.hasUncertainDate() || a.isRange() || b.isRange()) {
            return false;
        }
        if (a.point().period().equals(b.point().period())) {
            return false;
        }
        int between = b.point().period().startYear() - a.point().period().endYear();
        return between <= 1 && b.x() > a.x() && a.sameSourceAs(b);
    }
}

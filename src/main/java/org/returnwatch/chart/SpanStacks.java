package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Brackets and bands for overlapping spans at nearly the same height (two sources' totals for the
 * same years) would be drawn on top of each other; each later one is drawn a level lower instead,
 * so both stay visible, each with its own label.
 */
final class SpanStacks {

    /** Figures closer than this share of the axis count as "at the same height". */
    static final double CLOSE_SHARE = 0.06;

    private SpanStacks() {
    }

    static List<Figure> stack(List<Figure> spans, double axisTop) {
        List<Figure> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingDouble(Figure::xStart).thenComparingInt(Figure::colourIndex));
        List<Figure> placed = new ArrayList<>();
        for (Figure f : ordered) {
            int level = 0;
            while (taken(placed, f, level, axisTop)) {
                level++;
            }
            placed.add(f.stackedAt(level));
        }
        return placed;
    }

    private static boolean taken(List<Figure> placed, Figure f, int level, double axisTop) {
        for (Figure p : placed) {
            boolean overlaps = p.xStart() < f.xEnd() && f.xStart() < p.xEnd();
            boolean close = axisTop > 0 && Math.abs(p.high() - f.high()) / axisTop < CLOSE_SHARE;
            if (p.stack() == level && overlaps && close) {
                return true;
            }
        }
        return false;
    }
}

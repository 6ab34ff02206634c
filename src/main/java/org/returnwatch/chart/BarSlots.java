package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares each year's slot among the bars that fall in it, so that two sources' figures for the same
 * year (or two series) stand side by side instead of hiding one another.
 */
final class BarSlots {

    /** Fraction of a year a slot fills; the rest is the gap between years. */
    static final double SLOT_WIDTH = 0.8;

    /** Space between bars sharing a slot, so that two sources' bars do not merge into one wide bar. */
    static final double SHARED_GAP = 0.04;

    private BarSlots() {
    }

    /** Returns, per input list, the figures re-placed in their shared slots, in the same order. */
    static List<List<Figure>> place(List<List<Figure>> barsPerSeries) {
        Map<Long, List<Figure>> bySlot = new LinkedHashMap<>();
        for (List<Figure> figures : barsPerSeries) {
            for (Figure f : figures) {
                bySlot.computeIfAbsent(slotKey(f), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Figure, Figure> placed = new java.util.IdentityHashMap<>();
        for (List<Figure> sharing : bySlot.values()) {
            int n = sharing.size();
            double width = (SLOT_WIDTH - SHARED_GAP * (n - 1)) / n;
            double left = sharing.get(0).x() - SLOT_WIDTH / 2.0;
            for (int i = 0; i < n; i++) {
                double start = left + i * (width + SHARED_GAP);
                placed.put(sharing.get(i), sharing.get(i).placedAt(start, start + width));
            }
        }
        List<List<Figure>> result = new ArrayList<>();
        for (List<Figure> figures : barsPerSeries) {
            result.add(figures.stream().map(placed::get).toList());
        }
        return result;
    }

    private static long slotKey(Figure f) {
        return Math.round(f.x() * 1000);
    }
}

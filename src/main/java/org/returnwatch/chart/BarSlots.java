package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        Map<Integer, List<Figure>> bySlot = new TreeMap<>();
        for (List<Figure> figures : barsPerSeries) {
            for (Figure f : figures) {
                bySlot.computeIfAbsent(f.year(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Figure, Figure> placed = new IdentityHashMap<>();
        for (Map.Entry<Integer, List<Figure>> slot : bySlot.entrySet()) {
            List<Figure> sharing = slot.getValue();
            int n = sharing.size();
            double width = (SLOT_WIDTH - SHARED_GAP * (n - 1)) / n;
            double left = slot.getKey() - SLOT_WIDTH / 2.0;
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
}

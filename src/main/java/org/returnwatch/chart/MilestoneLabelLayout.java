package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Places milestone labels in rows at the top of the plot: each label goes right of its line, or left
 * of it, in the first row where it neither overlaps another label nor leaves the plot. DossierWords too long
 * for either side are shortened, keeping the status they announce.
 */
final class MilestoneLabelLayout {

    static final double GAP = 4.0;
    static final double ROW_SPACING = 2.0;

    record Placement(int row, boolean toLeft) {
    }

    private MilestoneLabelLayout() {
    }

    /** Places labels of the given widths at the given x positions, all in the same units. */
    static List<Placement> place(List<Double> xs, List<Double> widths, double minX, double maxX) {
        return place(xs, widths, minX, maxX, List.of());
    }

    /**
     * As {@link #place(List, List, double, double)}, with spans of the first row already taken (by a
     * panel's caption).
     */
    static List<Placement> place(List<Double> xs, List<Double> widths, double minX, double maxX,
            List<double[]> takenInFirstRow) {
        List<List<double[]>> rows = new ArrayList<>();
        if (!takenInFirstRow.isEmpty()) {
            rows.add(new ArrayList<>(takenInFirstRow));
        }
        List<Placement> result = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            double x = xs.get(i);
            double w = widths.get(i);
            Placement chosen = null;
            for (int row = 0; row <= rows.size() && chosen == null; row++) {
                List<double[]> taken = row < rows.size() ? rows.get(row) : List.of();
                if (x + w <= maxX && free(taken, x, x + w)) {
                    chosen = new Placement(row, false);
                } else if (x - w >= minX && free(taken, x - w, x)) {
                    chosen = new Placement(row, true);
                }
            }
            if (chosen == null) {
                // wider than the room on either side: give it a row of its own
                chosen = new Placement(rows.size(), x - minX > maxX - x);
            }
            while (rows.size() <= chosen.row()) {
                rows.add(new ArrayList<>());
            }
            rows.get(chosen.row()).add(chosen.toLeft() ? new double[] {x - w, x} : new double[] {x, x + w});
            result.add(chosen);
        }
        return result;
    }

    private static boolean free(List<double[]> taken, double from, double to) {
        return taken.stream().noneMatch(t -> from < t[1] && to > t[0]);
    }

    static int rowCount(List<Placement> placements) {
        return placements.stream().mapToInt(Placement::row).max().orElse(-1) + 1;
    }

    /**
     * The label shortened with an ellipsis until it fits {@code room}, keeping its status (": signed",
     * ": abandoned (date uncertain)"), which is what the marker says; the full title stays in the
     * agreement's record.
     */
    static String fitted(String label, double room, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(label) <= room) {
            return label;
        }
        int colon = label.lastIndexOf(": ");
        String tail = colon < 0 ? "" : label.substring(colon);
        String head = colon < 0 ? label : label.substring(0, colon);
        while (!head.isEmpty() && width.applyAsDouble(head.strip() + "…" + tail) > room) {
            head = head.substring(0, head.length() - 1);
        }
        return head.strip() + "…" + tail;
    }
}

package org.returnwatch.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.ToIntFunction;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Places milestone labels in rows at the top of the plot: each label goes right of its line, or left
 * of it, in the first row where it neither overlaps another label nor leaves the plot. Runs at draw
 * time, because only then are the plot's width and the text's width known; a rough run before drawing
 * tells how much head-room to leave above the data.
 */
final class MilestoneLabelLayout {

    static final double GAP = 4.0;
    static final double ROW_SPACING = 2.0;

    /** Guesses for the run before drawing: a 16 cm chart's plot width and an average glyph width. */
    static final double TYPICAL_PLOT_WIDTH = 360.0;
    static final double AVERAGE_GLYPH_EM = 0.56;

    record Placement(int row, boolean toLeft) {
    }

    /** Labels as made, before any shortening, so a wider drawing shows them whole again. */
    private static final Map<ValueMarker, String> FULL_LABELS = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private MilestoneLabelLayout() {
    }

    /** Places labels of the given widths at the given x positions, all in the same units. */
    static List<Placement> place(List<Double> xs, List<Double> widths, double minX, double maxX) {
        List<List<double[]>> rows = new ArrayList<>();
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

    static void arrange(List<ValueMarker> markers, Graphics2D g2, Rectangle2D dataArea, ValueAxis axis,
            RectangleEdge edge) {
        if (markers.isEmpty()) {
            return;
        }
        FontMetrics fm = g2.getFontMetrics(markers.get(0).getLabelFont());
        List<Double> xs = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (ValueMarker m : markers) {
            double x = axis.valueToJava2D(m.getValue(), dataArea, edge);
            String full = FULL_LABELS.computeIfAbsent(m, k -> k.getLabel());
            double room = Math.max(x - dataArea.getMinX(), dataArea.getMaxX() - x) - 2 * GAP;
            String shown = fitted(full, room, fm::stringWidth);
            if (!shown.equals(m.getLabel())) {
                m.setLabel(shown);
            }
            xs.add(x);
            widths.add(fm.stringWidth(shown) + 2 * GAP);
        }
        List<Placement> placements = place(xs, widths, dataArea.getMinX(), dataArea.getMaxX());
        for (int i = 0; i < markers.size(); i++) {
            Placement p = placements.get(i);
            apply(markers.get(i), p.toLeft(), 2.0 + p.row() * (fm.getHeight() + ROW_SPACING));
        }
    }

    /**
     * The label shortened with an ellipsis until it fits {@code room}, keeping its status (": signed"),
     * which is what the marker says; the full title stays in the agreement's record.
     */
    static String fitted(String label, double room, ToIntFunction<String> width) {
        if (width.applyAsInt(label) <= room) {
            return label;
        }
        int colon = label.lastIndexOf(": ");
        String tail = colon < 0 ? "" : label.substring(colon);
        String head = colon < 0 ? label : label.substring(0, colon);
        while (!head.isEmpty() && width.applyAsInt(head.strip() + "…" + tail) > room) {
            head = head.substring(0, head.length() - 1);
        }
        return head.strip() + "…" + tail;
    }

    /** Rows the labels will probably need on a chart of typical width. */
    static int estimateRows(List<ValueMarker> markers, double lowerX, double upperX, float fontSize) {
        double ptPerYear = TYPICAL_PLOT_WIDTH / Math.max(1.0, upperX - lowerX);
        List<Double> xs = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (ValueMarker m : markers) {
            xs.add((m.getValue() - lowerX) * ptPerYear);
            widths.add(m.getLabel().length() * fontSize * AVERAGE_GLYPH_EM + 2 * GAP);
        }
        return rowCount(place(xs, widths, 0, TYPICAL_PLOT_WIDTH));
    }

    /** Changes a marker only when its placement moved, since each change redraws an on-screen chart. */
    private static void apply(ValueMarker m, boolean toLeft, double top) {
        RectangleInsets offset = new RectangleInsets(top, GAP - 1, 0, GAP - 1);
        RectangleAnchor anchor = toLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT;
        TextAnchor textAnchor = toLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT;
        if (!offset.equals(m.getLabelOffset())) {
            m.setLabelOffset(offset);
        }
        if (anchor != m.getLabelAnchor()) {
            m.setLabelAnchor(anchor);
        }
        if (textAnchor != m.getLabelTextAnchor()) {
            m.setLabelTextAnchor(textAnchor);
        }
    }
}

package org.returnwatch.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Stacks milestone labels in rows at the top of the plot so that neighbouring labels never overlap,
 * and turns a label to the left of its line when it would run off the right edge. Runs at draw time
 * because only then are the plot's width and the text's width known.
 */
final class MilestoneLabelLayout {

    static final double GAP = 4.0;
    static final double ROW_SPACING = 2.0;

    private MilestoneLabelLayout() {
    }

    static void arrange(List<ValueMarker> markers, Graphics2D g2, Rectangle2D dataArea, ValueAxis axis,
            RectangleEdge edge) {
        List<Double> rowEnds = new ArrayList<>();
        for (ValueMarker m : markers) {
            if (m.getLabel() == null) {
                continue;
            }
            FontMetrics fm = g2.getFontMetrics(m.getLabelFont());
            double width = fm.stringWidth(m.getLabel()) + 2 * GAP;
            double x = axis.valueToJava2D(m.getValue(), dataArea, edge);
            boolean toLeft = x + width > dataArea.getMaxX() && x - width >= dataArea.getMinX();
            double from = toLeft ? x - width : x;
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > from) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0.0);
            }
            rowEnds.set(row, from + width);
            apply(m, toLeft, 2.0 + row * (fm.getHeight() + ROW_SPACING));
        }
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

    /**
     * Rows the labels will probably need, guessed before drawing from an average glyph width and a
     * typical plot width, to leave head-room above the data.
     */
    static int estimateRows(List<ValueMarker> markers, double lowerX, double upperX, float fontSize) {
        double plotWidthPt = 380.0;
        double ptPerYear = plotWidthPt / Math.max(1.0, upperX - lowerX);
        List<Double> rowEnds = new ArrayList<>();
        for (ValueMarker m : markers) {
            double width = m.getLabel().length() * fontSize * 0.55 + 2 * GAP;
            double from = (m.getValue() - lowerX) * ptPerYear;
            if (from + width > plotWidthPt) {
                from -= width;
            }
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > from) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0.0);
            }
            rowEnds.set(row, from + width);
        }
        return rowEnds.size();
    }
}

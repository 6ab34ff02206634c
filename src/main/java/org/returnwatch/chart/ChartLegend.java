package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.returnwatch.domain.Series;

/**
 * The legend: one entry per series (square for bars, line for lines, bracket for a series with only
 * totals over spans), and the second-source triangle when one is drawn. Kept to a line or two so the
 * plot keeps its height: milestones and brackets carry their own labels, and hedges are explained in
 * the note under the chart, which can name each symbol.
 */
final class ChartLegend {

    private static final Shape SQUARE = new Rectangle2D.Double(-5, -5, 10, 10);
    private static final Shape LINE = new Line2D.Double(-10, 0, 10, 0);
    private static final Shape BRACKET = bracket();
    private static final Color KEY_GREY = new Color(0x555555);

    private ChartLegend() {
    }

    static LegendItemCollection items(List<UnitLayers> layers, ChartTheme theme) {
        Map<Integer, LegendItem> bySeries = new TreeMap<>();
        boolean others = false;
        for (int axis = 0; axis < layers.size(); axis++) {
            UnitLayers u = layers.get(axis);
            String axisNote = layers.size() > 1 ? " (" + u.unit() + (axis == 0 ? ", left axis)" : ", right axis)") : "";
            for (int s = 0; s < u.bars().getSeriesCount(); s++) {
                Figure first = u.bars().figure(s, 0);
                bySeries.putIfAbsent(first.colourIndex(), square(label(first.series(), axisNote), colour(theme, first)));
            }
            for (int s = 0; s < u.lines().getSeriesCount(); s++) {
                Figure first = u.lines().figure(s, 0);
                others |= u.lines().isAlternates(s);
                if (!u.lines().isAlternates(s)) {
                    bySeries.putIfAbsent(first.colourIndex(), line(label(first.series(), axisNote), colour(theme, first),
                            theme.lineStroke()));
                }
            }
            for (int s = 0; s < u.spans().getSeriesCount(); s++) {
                Figure first = u.spans().figure(s, 0);
                bySeries.putIfAbsent(first.colourIndex(), line(label(first.series(), axisNote), colour(theme, first),
                        BRACKET, new BasicStroke(2f)));
            }
        }
        LegendItemCollection items = new LegendItemCollection();
        bySeries.values().forEach(items::add);
        if (others) {
            items.add(outline("Second source", FigureLineRenderer.OTHER_SOURCE_SHAPE));
        }
        return items;
    }

    private static String label(Series s, String axisNote) {
        return s.name() + axisNote;
    }

    private static Color colour(ChartTheme theme, Figure f) {
        return theme.seriesColour(f.colourIndex());
    }

    private static LegendItem square(String label, Color colour) {
        return new LegendItem(label, null, null, null, SQUARE, colour);
    }

    private static LegendItem line(String label, Color colour, java.awt.Stroke stroke) {
        return line(label, colour, LINE, stroke);
    }

    private static LegendItem line(String label, Color colour, Shape line, java.awt.Stroke stroke) {
        return new LegendItem(label, null, null, null, false, SQUARE, false, colour, false, colour,
                new BasicStroke(1f), true, line, stroke, colour);
    }

    private static LegendItem outline(String label, Shape shape) {
        return new LegendItem(label, null, null, null, true, shape, true, Color.WHITE, true, KEY_GREY,
                new BasicStroke(1.5f), false, LINE, new BasicStroke(1f), KEY_GREY);
    }

    private static Shape bracket() {
        Path2D p = new Path2D.Double();
        p.moveTo(-10, 4);
        p.lineTo(-10, -2);
        p.lineTo(10, -2);
        p.lineTo(10, 4);
        return p;
    }
}

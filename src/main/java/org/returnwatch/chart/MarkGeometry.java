package org.returnwatch.chart;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The sizes of the marks, in points at print size, and the boxes they cover, shared by the renderers
 * (which draw them) and the labels (which must not cover them).
 */
final class MarkGeometry {

    static final double ERROR_CAP = 7.0;
    static final double BRACKET_CAP = 6.0;
    /** How far each stacked bracket or band is drawn below the one before it. */
    static final double STACK_STEP = 12.0;
    /** Room kept clear around a marker, so a label never touches it. */
    static final double CLEARANCE = 1.5;

    private MarkGeometry() {
    }

    static Rectangle2D point(double x, double y, double size, double scale) {
        double half = size * 0.6 + CLEARANCE * scale;
        return new Rectangle2D.Double(x - half, y - half, 2 * half, 2 * half);
    }

    static Rectangle2D errorBar(double x, double yLow, double yHigh, double scale) {
        double half = ERROR_CAP * scale / 2 + CLEARANCE * scale;
        double top = Math.min(yLow, yHigh) - CLEARANCE * scale;
        return new Rectangle2D.Double(x - half, top, 2 * half, Math.abs(yLow - yHigh) + 2 * CLEARANCE * scale);
    }

    /** A bracket covers its line and its two end caps; the space under its line stays free for labels. */
    static List<Rectangle2D> bracket(double x0, double x1, double y, double scale) {
        double pad = CLEARANCE * scale;
        double half = scale;
        double left = Math.min(x0, x1);
        double right = Math.max(x0, x1);
        double capHeight = BRACKET_CAP * scale + half + 2 * pad;
        return List.of(
                new Rectangle2D.Double(left - half - pad, y - half - pad, right - left + 2 * (half + pad),
                        2 * (half + pad)),
                new Rectangle2D.Double(left - half - pad, y - half - pad, 2 * (half + pad), capHeight),
                new Rectangle2D.Double(right - half - pad, y - half - pad, 2 * (half + pad), capHeight));
    }

    static double stackOffset(Figure f, double scale) {
        return f.stack() * STACK_STEP * scale;
    }
}

package org.returnwatch.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/** A short label on a pale box, so it stays readable where it crosses a line, a bar or a hatch. */
final class BoxedLabel {

    static final Color BACKGROUND = new Color(255, 255, 255, 210);

    private BoxedLabel() {
    }

    /** Draws with the current font and paint. */
    static void draw(Graphics2D g2, String text, double x, double y, TextAnchor anchor) {
        Rectangle2D bounds = TextUtils.calcAlignedStringBounds(text, g2, (float) x, (float) y, anchor);
        Paint paint = g2.getPaint();
        g2.setPaint(BACKGROUND);
        g2.fill(new Rectangle2D.Double(bounds.getX() - 1.5, bounds.getY(), bounds.getWidth() + 3, bounds.getHeight()));
        g2.setPaint(paint);
        TextUtils.drawAlignedString(text, g2, (float) x, (float) y, anchor);
    }
}

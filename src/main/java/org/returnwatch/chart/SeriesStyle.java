package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * How one series looks: its colour, its marker shape, its line dash and its bar shade. The shape
 * always differs between series, and in grey-scale the dash and the shade do too, so colour is never
 * the only thing that tells two series apart.
 */
record SeriesStyle(Color colour, Color labelColour, int shapeIndex, float[] dash, boolean outlinedBar) {

    /** Okabe & Ito (2008), without yellow, which is unreadable on white paper. */
    static final List<Color> OKABE_ITO = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000));

    /** Greys far enough apart to tell from one another on a photocopy. */
    static final List<Color> GREYS = List.of(
            new Color(0x000000), new Color(0x8C8C8C), new Color(0x4A4A4A), new Color(0xBDBDBD),
            new Color(0x2A2A2A), new Color(0x6E6E6E));

    /** Solid, dashed, dotted, dash-dot, long dash, dash-dot-dot (lengths in points at scale 1). */
    static final List<float[]> DASHES = List.of(
            new float[0], new float[] {6f, 3f}, new float[] {1.5f, 2.5f}, new float[] {6f, 2.5f, 1.5f, 2.5f},
            new float[] {10f, 3f}, new float[] {6f, 2f, 1.5f, 2f, 1.5f, 2f});

    static final int SHAPE_COUNT = 6;

    static SeriesStyle of(int index, ChartPalette palette) {
        if (palette == ChartPalette.GREYSCALE) {
            Color grey = GREYS.get(index % GREYS.size());
            Color text = grey.getRed() > 0x50 ? new Color(0x333333) : grey;
            return new SeriesStyle(grey, text, index % SHAPE_COUNT, DASHES.get(index % DASHES.size()),
                    grey.getRed() > 0x90);
        }
        Color c = OKABE_ITO.get(index % OKABE_ITO.size());
        Color text = new Color((int) (c.getRed() * 0.65), (int) (c.getGreen() * 0.65), (int) (c.getBlue() * 0.65));
        return new SeriesStyle(c, text, index % SHAPE_COUNT, new float[0], false);
    }

    /** The line joining a series' figures: solid in colour, the series' own dash in grey-scale. */
    Stroke lineStroke(double scale) {
        float width = (float) (2.0 * scale);
        if (dash.length == 0) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            scaled[i] = (float) (dash[i] * scale * 1.4);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }

    /** The series' marker, centred on (0, 0), about {@code size} across. */
    Shape shape(double size) {
        return shape(shapeIndex, size);
    }

    static Shape shape(int index, double size) {
        double r = size / 2;
        return switch (index) {
            case 0 -> new Ellipse2D.Double(-r, -r, size, size);
            case 1 -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, size * 0.9, size * 0.9);
            case 2 -> polygon(0, -r * 1.15, r * 1.1, r * 0.8, -r * 1.1, r * 0.8);
            case 3 -> polygon(0, -r * 1.2, r * 1.2, 0, 0, r * 1.2, -r * 1.2, 0);
            case 4 -> polygon(0, r * 1.15, r * 1.1, -r * 0.8, -r * 1.1, -r * 0.8);
            default -> polygon(-r * 0.5, -r, r * 0.5, -r, r, 0, r * 0.5, r, -r * 0.5, r, -r, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}

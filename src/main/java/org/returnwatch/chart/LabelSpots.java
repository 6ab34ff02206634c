package org.returnwatch.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The places a label may go, best first, for each kind of mark. A spot is a point and the side of it
 * the label's box lies on; {@link PlotLabels} takes the first spot whose box covers nothing.
 */
final class LabelSpots {

    /**
     * @param h -1: the box starts at x and extends right; 0: centred on x; 1: the box ends at x
     * @param v -1: the box starts at y and extends down; 0: centred on y; 1: the box ends at y
     */
    record Spot(double x, double y, int h, int v) {
        Rectangle2D box(double w, double height) {
            double left = h < 0 ? x : h == 0 ? x - w / 2 : x - w;
            double top = v < 0 ? y : v == 0 ? y - height / 2 : y - height;
            return new Rectangle2D.Double(left, top, w, height);
        }
    }

    private LabelSpots() {
    }

    /**
     * Around a marker: above, below, right, left and the corners; then rows further above and below,
     * which {@link PlotLabels} ties to the marker with a leader line.
     */
    static List<Spot> aroundPoint(double x, double y, double half, double gap, double lineHeight) {
        double d = half + gap;
        List<Spot> spots = new ArrayList<>();
        spots.add(new Spot(x, y - d, 0, 1));
        spots.add(new Spot(x, y + d, 0, -1));
        spots.add(new Spot(x + d, y, -1, 0));
        spots.add(new Spot(x - d, y, 1, 0));
        spots.add(new Spot(x + half, y - d, -1, 1));
        spots.add(new Spot(x - half, y - d, 1, 1));
        spots.add(new Spot(x + half, y + d, -1, -1));
        spots.add(new Spot(x - half, y + d, 1, -1));
        for (int row = 1; row <= 5; row++) {
            double up = y - d - row * lineHeight;
            double down = y + d + row * lineHeight;
            spots.add(new Spot(x, up, 0, 1));
            spots.add(new Spot(x, down, 0, -1));
            spots.add(new Spot(x - half, up, 1, 1));
            spots.add(new Spot(x + half, up, -1, 1));
            spots.add(new Spot(x - half, down, 1, -1));
            spots.add(new Spot(x + half, down, -1, -1));
        }
        return spots;
    }

    /** Above a bar, then higher, then beside its top. */
    static List<Spot> aboveBar(double x, double top, double halfWidth, double gap, double lineHeight) {
        List<Spot> spots = new ArrayList<>();
        for (int row = 0; row < 7; row++) {
            double y = top - gap - row * lineHeight;
            spots.add(new Spot(x, y, 0, 1));
            spots.add(new Spot(x - halfWidth, y, -1, 1));
            spots.add(new Spot(x + halfWidth, y, 1, 1));
        }
        return spots;
    }

    /** Beside an error bar at its middle, then over its top cap or under its bottom one. */
    static List<Spot> besideErrorBar(double x, double yHigh, double yLow, double cap, double gap,
            double lineHeight) {
        double mid = (yHigh + yLow) / 2;
        List<Spot> spots = new ArrayList<>();
        spots.add(new Spot(x + cap + gap, mid, -1, 0));
        spots.add(new Spot(x - cap - gap, mid, 1, 0));
        for (int row = 0; row < 6; row++) {
            spots.add(new Spot(x, yHigh - gap - row * lineHeight, 0, 1));
            spots.add(new Spot(x, yLow + gap + row * lineHeight, 0, -1));
        }
        spots.add(new Spot(x + cap + gap, yHigh, -1, 0));
        spots.add(new Spot(x - cap - gap, yHigh, 1, 0));
        return spots;
    }

    /**
     * Over a bracket's middle, just under its line (between its end caps), at either end, then under
     * the caps and a line further up or down.
     */
    static List<Spot> aroundBracket(double x0, double x1, double y, double cap, double gap, double lineHeight) {
        double mid = (x0 + x1) / 2;
        List<Spot> spots = new ArrayList<>();
        double under = y + gap * 1.5;
        spots.add(new Spot(mid, y - gap, 0, 1));
        spots.add(new Spot(mid, under, 0, -1));
        for (int row = 0; row < 3; row++) {
            double above = y - gap - row * lineHeight;
            double below = y + cap + gap + row * lineHeight;
            spots.add(new Spot(mid, above, 0, 1));
            spots.add(new Spot(mid, below, 0, -1));
            spots.add(new Spot(x0 + gap, above, -1, 1));
            spots.add(new Spot(x1 - gap, above, 1, 1));
            spots.add(new Spot(x0 + gap, below, -1, -1));
            spots.add(new Spot(x1 - gap, below, 1, -1));
        }
        return spots;
    }

    /** Inside a band when it is tall enough, else over or under it. */
    static List<Spot> aroundBand(double x0, double x1, double yHigh, double yLow, double gap, double lineHeight) {
        double mid = (x0 + x1) / 2;
        List<Spot> spots = new ArrayList<>();
        if (yLow - yHigh >= lineHeight + 2 * gap) {
            spots.add(new Spot(mid, (yHigh + yLow) / 2, 0, 0));
            spots.add(new Spot(x0 + gap, (yHigh + yLow) / 2, -1, 0));
        }
        for (int row = 0; row < 3; row++) {
            spots.add(new Spot(mid, yHigh - gap - row * lineHeight, 0, 1));
            spots.add(new Spot(mid, yLow + gap + row * lineHeight, 0, -1));
            spots.add(new Spot(x0 + gap, yHigh - gap - row * lineHeight, -1, 1));
            spots.add(new Spot(x0 + gap, yLow + gap + row * lineHeight, -1, -1));
        }
        return spots;
    }

    /** In the middle of a gap band, at several heights. */
    static List<Spot> inGap(double x0, double x1, double top, double bottom) {
        double mid = (x0 + x1) / 2;
        List<Spot> spots = new ArrayList<>();
        for (double share : new double[] {0.5, 0.7, 0.3, 0.85, 0.15}) {
            spots.add(new Spot(mid, top + (bottom - top) * share, 0, 0));
        }
        return spots;
    }
}

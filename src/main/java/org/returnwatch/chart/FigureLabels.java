package org.returnwatch.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * Prints the labels that belong to figures (the hedge marks such as ">1,500", ranges, span totals)
 * after every mark is drawn, so no line or bar covers them, and places each where it overlaps no
 * label placed before it.
 */
final class FigureLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    static final double OFFSET = 3.0;
    static final double LINE_OFFSET = 6.0;
    static final double POINT_CLEARANCE = 4.5;

    /** A label to print, in its series' colour, and the places it may go, best first. */
    record Label(String text, int colourIndex, List<Spot> spots) {
    }

    record Spot(double x, double y, TextAnchor anchor) {
    }

    /** A label with the spot chosen for it and the box it then covers. */
    record Placed(String text, int colourIndex, Spot spot, Rectangle2D bounds) {
    }

    private final transient ChartTheme theme;

    FigureLabels(ChartTheme theme) {
        this.theme = theme;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        for (Placed p : place(g2, plot, dataArea)) {
            g2.setPaint(theme.labelColour(p.colourIndex()));
            BoxedLabel.draw(g2, p.text(), p.spot().x(), p.spot().y(), p.spot().anchor());
        }
    }

    /**
     * Chooses each label's spot: the first one inside the plot that covers neither a label placed
     * before it nor a point of a line.
     */
    List<Placed> place(Graphics2D g2, XYPlot plot, Rectangle2D dataArea) {
        g2.setFont(theme.font(ChartTheme.LABEL_SIZE));
        List<Rectangle2D> points = linePoints(plot, dataArea);
        List<Placed> placed = new ArrayList<>();
        for (Label label : labels(plot, dataArea)) {
            Spot spot = label.spots().stream()
                    .filter(s -> fits(bounds(g2, label.text(), s), dataArea, placed, points))
                    .findFirst().orElseGet(() -> shiftedInside(g2, label.text(), label.spots().get(0), dataArea));
            placed.add(new Placed(label.text(), label.colourIndex(), spot, bounds(g2, label.text(), spot)));
        }
        return placed;
    }

    /** The labels of every figure layer of the plot, span totals first, then bars, then lines. */
    List<Label> labels(XYPlot plot, Rectangle2D dataArea) {
        List<Label> spans = new ArrayList<>();
        List<Label> bars = new ArrayList<>();
        List<Label> lines = new ArrayList<>();
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (!(plot.getDataset(i) instanceof FigureDataset data)) {
                continue;
            }
            XYItemRenderer renderer = plot.getRenderer(i);
            Geometry at = new Geometry(plot, plot.getRangeAxisForDataset(i), dataArea);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                for (Figure f : data.figures(s)) {
                    if (renderer instanceof SpanTotalRenderer) {
                        spans.add(spanLabel(f, at));
                    } else {
                        String text = FigureText.itemLabel(f, theme::canDisplay);
                        if (text != null) {
                            (renderer instanceof FigureBarRenderer ? bars : lines)
                                    .add(renderer instanceof FigureBarRenderer ? barLabel(text, f, at) : lineLabel(text, f, at));
                        }
                    }
                }
            }
        }
        List<Label> all = new ArrayList<>(spans);
        all.addAll(bars);
        all.addAll(lines);
        return all;
    }

    private static Label spanLabel(Figure f, Geometry at) {
        double x = (at.x(f.xStart()) + at.x(f.xEnd())) / 2;
        double y = at.y(f.high());
        return new Label(FigureText.spanLabel(f), f.colourIndex(), List.of(
                new Spot(x, y - OFFSET, TextAnchor.BOTTOM_CENTER),
                new Spot(x, y + SpanTotalRenderer.CAP + OFFSET, TextAnchor.TOP_CENTER)));
    }

    private static Label barLabel(String text, Figure f, Geometry at) {
        double x = at.x(f.x());
        double top = at.y(f.high());
        return new Label(text, f.colourIndex(), List.of(
                new Spot(x, top - OFFSET, TextAnchor.BOTTOM_CENTER),
                new Spot(x, top - OFFSET - 12, TextAnchor.BOTTOM_CENTER),
                new Spot(x, top + OFFSET, TextAnchor.TOP_CENTER)));
    }

    private static Label lineLabel(String text, Figure f, Geometry at) {
        double x = at.x(f.x());
        double y = at.y(f.middle());
        if (f.isRange()) {
            // beside the whisker rather than over it
            return new Label(text, f.colourIndex(), List.of(
                    new Spot(x + LINE_OFFSET, y, TextAnchor.CENTER_LEFT),
                    new Spot(x - LINE_OFFSET, y, TextAnchor.CENTER_RIGHT),
                    new Spot(x, at.y(f.low()) + OFFSET, TextAnchor.TOP_CENTER),
                    new Spot(x, at.y(f.high()) - OFFSET, TextAnchor.BOTTOM_CENTER)));
        }
        return new Label(text, f.colourIndex(), List.of(
                new Spot(x, y + LINE_OFFSET, TextAnchor.TOP_CENTER),
                new Spot(x, y - LINE_OFFSET, TextAnchor.BOTTOM_CENTER),
                new Spot(x + LINE_OFFSET, y, TextAnchor.CENTER_LEFT),
                new Spot(x - LINE_OFFSET, y, TextAnchor.CENTER_RIGHT)));
    }

    /** Where no spot is free, the first one, moved sideways so the label at least stays inside the plot. */
    static Spot shiftedInside(Graphics2D g2, String text, Spot s, Rectangle2D dataArea) {
        Rectangle2D r = bounds(g2, text, s);
        double dx = 0;
        if (r.getMaxX() > dataArea.getMaxX()) {
            dx = dataArea.getMaxX() - r.getMaxX();
        }
        if (r.getMinX() + dx < dataArea.getMinX()) {
            dx = dataArea.getMinX() - r.getMinX();
        }
        return new Spot(s.x() + dx, s.y(), s.anchor());
    }

    private static Rectangle2D bounds(Graphics2D g2, String text, Spot s) {
        return TextUtils.calcAlignedStringBounds(text, g2, (float) s.x(), (float) s.y(), s.anchor());
    }

    private static boolean fits(Rectangle2D r, Rectangle2D dataArea, List<Placed> taken, List<Rectangle2D> points) {
        return dataArea.contains(r) && taken.stream().noneMatch(p -> p.bounds().intersects(r))
                && points.stream().noneMatch(r::intersects);
    }

    /** The boxes of the markers on lines, which a label must not hide. */
    private static List<Rectangle2D> linePoints(XYPlot plot, Rectangle2D dataArea) {
        List<Rectangle2D> points = new ArrayList<>();
        double half = POINT_CLEARANCE;
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (plot.getDataset(i) instanceof FigureDataset data && plot.getRenderer(i) instanceof FigureLineRenderer) {
                Geometry at = new Geometry(plot, plot.getRangeAxisForDataset(i), dataArea);
                for (Figure f : data.allFigures()) {
                    points.add(new Rectangle2D.Double(at.x(f.x()) - half, at.y(f.middle()) - half, 2 * half, 2 * half));
                }
            }
        }
        return points;
    }

    /** Data to page coordinates for one value axis. */
    private record Geometry(XYPlot plot, ValueAxis rangeAxis, Rectangle2D area) {
        double x(double value) {
            return plot.getDomainAxis().valueToJava2D(value, area, plot.getDomainAxisEdge());
        }

        double y(double value) {
            int index = plot.getRangeAxisIndex(rangeAxis);
            return rangeAxis.valueToJava2D(value, area, plot.getRangeAxisEdge(index));
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FigureLabels;
    }

    @Override
    public int hashCode() {
        return FigureLabels.class.hashCode();
    }
}

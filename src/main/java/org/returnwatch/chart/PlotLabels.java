package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.returnwatch.chart.LabelSpots.Spot;
import org.returnwatch.chart.MilestoneMarkers.Milestone;

/**
 * Every piece of text inside a plot, placed in one pass so that no two overlap, none covers a mark
 * and none is cut at the plot's edge: first the milestone labels in rows at the top, then the "no figure published" of
 * each gap, the labels of brackets and bands, and those of
 * single figures. Each label takes the first of its spots whose box is free; a label with no free
 * spot is left off the plot and listed under the chart instead ({@link Layout#omitted()}).
 */
final class PlotLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    static final String NO_FIGURE = key("no figure published");
    static final Color BACKGROUND = new Color(255, 255, 255, 215);

    enum Kind { MILESTONE, GAP, SPAN, FIGURE }

    /**
     * A label where it was put: the box it covers (text and its pale ground), how to draw it, and the
     * leader line tying it to its mark when it sits further away (else null).
     */
    record Placed(String text, Color paint, Rectangle2D box, boolean vertical, Kind kind, Line2D leader) {
    }

    /** The outcome of a placement: what went where, what found no room, and the marks it kept clear of. */
    record Layout(List<Placed> placed, List<String> omitted, List<Rectangle2D> marks, Rectangle2D area) {
    }

    /**
     * A label to place.
     *
     * @param within the region its box must stay in (a gap's band), or null for anywhere in the plot
     * @param mark   the box of the mark it belongs to, to lead a line to when it sits further off, or null
     * @param whole  what it says in full, for the note listing labels left off, or null to leave it unsaid
     */
    private record Request(String text, Color paint, Kind kind, List<Spot> spots, boolean mayTurn,
            Rectangle2D within, Rectangle2D mark, String whole) {
    }

    private final transient ChartTheme theme;
    private final List<Milestone> milestones;
    private final List<ChartPlan.Gap> gaps;
    private transient Layout last;

    PlotLabels(ChartTheme theme, List<Milestone> milestones, List<ChartPlan.Gap> gaps) {
        this.theme = theme;
        this.milestones = List.copyOf(milestones);
        this.gaps = List.copyOf(gaps);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        Layout layout = layout(g2, plot, dataArea);
        last = layout;
        Font saved = g2.getFont();
        g2.setFont(font());
        for (Placed p : layout.placed()) {
            paint(g2, p);
        }
        g2.setFont(saved);
    }

    /** The milestones whose labels this plot prints (those of the top panel). */
    List<Milestone> milestones() {
        return milestones;
    }

    /** The placement of the last drawing, or null before the plot was drawn. */
    Layout lastLayout() {
        return last;
    }

    private Font font() {
        return theme.font(ChartTheme.LABEL_SIZE);
    }

    private double padX() {
        return theme.px(1.5);
    }

    private double padY() {
        return theme.px(0.5);
    }

    private double gap() {
        return theme.px(3);
    }

    /** Height of a label's box. */
    double boxHeight(Graphics2D g2) {
        LineMetrics lm = font().getLineMetrics("Ag", frc(g2));
        return lm.getAscent() + lm.getDescent() + 2 * padY();
    }

    private double textWidth(Graphics2D g2, String text) {
        return font().getStringBounds(text, frc(g2)).getWidth();
    }

    private static FontRenderContext frc(Graphics2D g2) {
        return g2.getFontRenderContext();
    }

    /** Height taken at the top of the plot by the rows of milestone labels. */
    double topRowsHeight(Graphics2D g2, XYPlot plot, Rectangle2D dataArea) {
        List<Placed> rows = topRows(g2, plot, dataArea);
        double bottom = dataArea.getMinY();
        for (Placed p : rows) {
            bottom = Math.max(bottom, p.box().getMaxY());
        }
        return bottom - dataArea.getMinY();
    }

    Layout layout(Graphics2D g2, XYPlot plot, Rectangle2D dataArea) {
        List<Placed> placed = new ArrayList<>(topRows(g2, plot, dataArea));
        List<Rectangle2D> marks = PlotGeometry.marks(plot, dataArea, theme.scale());
        List<String> omitted = new ArrayList<>();
        double h = boxHeight(g2);
        for (Request r : requests(plot, dataArea, h)) {
            Placed p = place(g2, r, dataArea, placed, marks);
            if (p != null) {
                placed.add(p);
            } else if (r.whole() != null) {
                omitted.add(r.whole());
            }
        }
        return new Layout(List.copyOf(placed), List.copyOf(omitted), List.copyOf(marks), dataArea);
    }

    private Placed place(Graphics2D g2, Request r, Rectangle2D area, List<Placed> placed, List<Rectangle2D> marks) {
        double w = textWidth(g2, r.text()) + 2 * padX();
        double h = boxHeight(g2);
        for (boolean turned : r.mayTurn() ? new boolean[] {false, true} : new boolean[] {false}) {
            for (Spot s : r.spots()) {
                Rectangle2D box = inside(turned ? s.box(h, w) : s.box(w, h), area);
                if (box == null || r.within() != null && !r.within().contains(box) || !free(box, placed, marks)) {
                    continue;
                }
                Line2D leader = leader(r.mark(), box);
                if (leader == null || clear(leader, r.mark(), placed, marks)) {
                    return new Placed(r.text(), r.paint(), box, turned, r.kind(), leader);
                }
            }
        }
        return null;
    }

    /** A line from the mark to a label set further off than its first ring of spots; null when it is close. */
    private Line2D leader(Rectangle2D mark, Rectangle2D box) {
        if (mark == null) {
            return null;
        }
        double reach = gap() * 2.5;
        Rectangle2D near = new Rectangle2D.Double(mark.getX() - reach, mark.getY() - reach,
                mark.getWidth() + 2 * reach, mark.getHeight() + 2 * reach);
        if (near.intersects(box)) {
            return null;
        }
        // from the point of the mark's edge nearest the label to the point of the label nearest that
        double sx = Math.max(mark.getMinX(), Math.min(box.getCenterX(), mark.getMaxX()));
        double sy = Math.max(mark.getMinY(), Math.min(box.getCenterY(), mark.getMaxY()));
        double tx = Math.max(box.getMinX(), Math.min(sx, box.getMaxX()));
        double ty = Math.max(box.getMinY(), Math.min(sy, box.getMaxY()));
        return new Line2D.Double(sx, sy, tx, ty);
    }

    private static boolean clear(Line2D leader, Rectangle2D own, List<Placed> placed, List<Rectangle2D> marks) {
        return placed.stream().noneMatch(p -> leader.intersects(shrunk(p.box())))
                && marks.stream().filter(m -> !m.equals(own)).noneMatch(m -> leader.intersects(shrunk(m)));
    }

    /** A box less a hair at each side, so that a leader ending on a box's edge does not count as crossing it. */
    private static Rectangle2D shrunk(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + 0.3, r.getY() + 0.3, Math.max(0, r.getWidth() - 0.6),
                Math.max(0, r.getHeight() - 0.6));
    }

    /** The box moved sideways into the plot when it sticks out; null when it cannot fit at all. */
    private static Rectangle2D inside(Rectangle2D box, Rectangle2D area) {
        double dx = 0;
        if (box.getMaxX() > area.getMaxX()) {
            dx = area.getMaxX() - box.getMaxX();
        }
        if (box.getMinX() + dx < area.getMinX()) {
            dx = area.getMinX() - box.getMinX();
        }
        Rectangle2D moved = new Rectangle2D.Double(box.getX() + dx, box.getY(), box.getWidth(), box.getHeight());
        return area.contains(moved) ? moved : null;
    }

    private static boolean free(Rectangle2D box, List<Placed> placed, List<Rectangle2D> marks) {
        return placed.stream().noneMatch(p -> p.box().intersects(box)) && marks.stream().noneMatch(box::intersects);
    }

    /** Each milestone label right or left of its line, in rows at the top. */
    private List<Placed> topRows(Graphics2D g2, XYPlot plot, Rectangle2D area) {
        List<Placed> rows = new ArrayList<>();
        double h = boxHeight(g2);
        double rowHeight = h + theme.px(MilestoneLabelLayout.ROW_SPACING);
        double y0 = area.getMinY() + theme.px(2);
        List<double[]> taken = new ArrayList<>();
        if (milestones.isEmpty()) {
            return rows;
        }
        double gapToLine = theme.px(MilestoneLabelLayout.GAP);
        List<Double> xs = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Milestone m : milestones) {
            double x = plot.getDomainAxis().valueToJava2D(m.x(), area, plot.getDomainAxisEdge());
            double room = Math.max(x - area.getMinX(), area.getMaxX() - x) - gapToLine - 2 * padX() - theme.px(1);
            String shown = m.number() > 0 ? m.label()
                    : MilestoneLabelLayout.fitted(m.label(), room, t -> textWidth(g2, t));
            xs.add(x);
            texts.add(shown);
            widths.add(textWidth(g2, shown) + 2 * padX() + gapToLine + theme.px(1));
        }
        List<MilestoneLabelLayout.Placement> places = MilestoneLabelLayout.place(xs, widths, area.getMinX(),
                area.getMaxX(), taken);
        for (int i = 0; i < texts.size(); i++) {
            MilestoneLabelLayout.Placement p = places.get(i);
            double w = widths.get(i) - gapToLine - theme.px(1);
            double left = p.toLeft() ? xs.get(i) - gapToLine - w : xs.get(i) + gapToLine;
            Rectangle2D box = new Rectangle2D.Double(left, y0 + p.row() * rowHeight, w, h);
            rows.add(new Placed(texts.get(i), ChartTheme.TEXT, box, false, Kind.MILESTONE, null));
        }
        return rows;
    }

    /** The labels to place after the top rows, in the order they are placed. */
    private List<Request> requests(XYPlot plot, Rectangle2D area, double h) {
        List<Request> result = new ArrayList<>();
        double topOfData = area.getMinY();
        for (ChartPlan.Gap gap : gaps) {
            double x0 = Math.max(area.getMinX(), plot.getDomainAxis().valueToJava2D(gap.startX(), area,
                    plot.getDomainAxisEdge()));
            double x1 = Math.min(area.getMaxX(), plot.getDomainAxis().valueToJava2D(gap.endX(), area,
                    plot.getDomainAxisEdge()));
            Rectangle2D band = new Rectangle2D.Double(x0, area.getMinY(), x1 - x0, area.getHeight());
            result.add(new Request(lang(NO_FIGURE), ChartTheme.MUTED_TEXT, Kind.GAP,
                    LabelSpots.inGap(x0, x1, topOfData, area.getMaxY()), true, band, null, null));
        }
        List<Request> figures = new ArrayList<>();
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (!(plot.getDataset(i) instanceof FigureDataset data)) {
                continue;
            }
            XYItemRenderer renderer = plot.getRenderer(i);
            PlotGeometry at = PlotGeometry.of(plot, i, area);
            for (Figure f : data.allFigures()) {
                if (renderer instanceof SpanTotalRenderer) {
                    result.add(spanRequest(f, at, h));
                } else {
                    String text = FigureText.itemLabel(f, theme::canDisplay);
                    if (text != null) {
                        figures.add(new Request(text, theme.labelColour(f.colourIndex()), Kind.FIGURE,
                                figureSpots(f, renderer, at, h), false, null, at.markBox(f, renderer, theme.scale()),
                                whole(f)));
                    }
                }
            }
        }
        result.addAll(figures);
        return result;
    }

    private Request spanRequest(Figure f, PlotGeometry at, double h) {
        double x0 = at.x(f.xStart());
        double x1 = at.x(f.xEnd());
        double top = at.top(f, theme.scale());
        List<Spot> spots = f.isRange()
                ? LabelSpots.aroundBand(x0, x1, top, at.y(f.low()) + MarkGeometry.stackOffset(f, theme.scale()),
                        gap(), h)
                : LabelSpots.aroundBracket(x0, x1, top, theme.px(MarkGeometry.BRACKET_CAP), gap(), h);
        return new Request(FigureText.spanLabel(f), theme.labelColour(f.colourIndex()), Kind.SPAN, spots, false,
                null, null, whole(f));
    }

    private List<Spot> figureSpots(Figure f, XYItemRenderer renderer, PlotGeometry at, double h) {
        double x = at.x(f.x());
        if (f.isRange()) {
            return LabelSpots.besideErrorBar(x, at.y(f.high()), at.y(f.low()), theme.px(MarkGeometry.ERROR_CAP) / 2,
                    gap(), h);
        }
        if (renderer instanceof FigureBarRenderer) {
            double half = Math.abs(at.x(f.xEnd()) - at.x(f.xStart())) / 2;
            return LabelSpots.aboveBar(x, at.y(f.high()), half, gap(), h);
        }
        double half = ChartTheme.MARKER_SIZE * theme.scale() * 0.6 + theme.px(MarkGeometry.CLEARANCE);
        return LabelSpots.aroundPoint(x, at.y(f.middle()), half, theme.px(2), h);
    }

    /** "Sky Net returns, cumulative, as of 2021: more than 10,000", for the list of labels left off. */
    private static String whole(Figure f) {
        return f.series().name() + ", " + FigureText.period(f) + ": " + f.point().valueText();
    }

    private void paint(Graphics2D g2, Placed p) {
        Rectangle2D box = p.box();
        if (p.leader() != null) {
            g2.setPaint(p.paint());
            g2.setStroke(theme.stroke(0.6));
            g2.draw(p.leader());
        }
        g2.setPaint(BACKGROUND);
        g2.fill(box);
        g2.setPaint(p.paint());
        LineMetrics lm = font().getLineMetrics(p.text(), frc(g2));
        if (!p.vertical()) {
            g2.drawString(p.text(), (float) (box.getX() + padX()), (float) (box.getY() + padY() + lm.getAscent()));
            return;
        }
        AffineTransform saved = g2.getTransform();
        g2.translate(box.getX() + padY() + lm.getAscent(), box.getMaxY() - padX());
        g2.rotate(-Math.PI / 2);
        g2.drawString(p.text(), 0f, 0f);
        g2.setTransform(saved);
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

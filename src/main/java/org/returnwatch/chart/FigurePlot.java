package org.returnwatch.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * One panel of a chart. Before it draws, it fits itself to the space it was given: enough head-room
 * above the data for its caption, the rows of milestone labels and a label over the highest mark,
 * and, when it draws its own year axis, enough room at either end that no marker is cut at the edge.
 * It paints the gaps under everything else.
 */
final class FigurePlot extends XYPlot {

    private static final long serialVersionUID = 1L;
    /** Head-room is never more than this share of the plot's height, whatever the labels want. */
    static final double MAX_HEADROOM = 0.6;

    private final transient ChartTheme theme;
    private final transient ChartPlan.Panel panel;
    private final transient Range years;
    private transient PlotLabels labels;
    private transient Rectangle2D lastDataArea;
    private transient Rectangle2D lastCaptionBox;
    private transient Range fittedYears;

    FigurePlot(ChartTheme theme, ChartPlan.Panel panel, Range years) {
        this.theme = theme;
        this.panel = panel;
        this.years = years;
    }

    void setLabels(PlotLabels labels) {
        this.labels = labels;
        addAnnotation(labels, false);
    }

    PlotLabels labels() {
        return labels;
    }

    ChartPlan.Panel panel() {
        return panel;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        if (parentState == null && years != null) {
            fittedYears = fitYears(getDomainAxis(), years, pointXs(), dataArea(g2, inner).getWidth(), theme,
                    fittedYears);
        }
        fitHeadroom(g2, dataArea(g2, inner));
        super.draw(g2, area, anchor, parentState, info);
        drawCaption(g2);
    }

    @Override
    public void drawBackground(Graphics2D g2, Rectangle2D area) {
        lastDataArea = (Rectangle2D) area.clone();
        super.drawBackground(g2, area);
        GapBands.paint(g2, area, this, panel.gaps(), theme.scale());
    }

    /** Room above the data for the panel's caption, in points: a line of legend-size type. */
    double captionRoom() {
        return panel.caption() == null ? 0 : theme.px(ChartTheme.LEGEND_SIZE * 1.35 + 3);
    }

    /** A small-multiples panel's caption, naming its series, just above its data and inside its own area. */
    private void drawCaption(Graphics2D g2) {
        lastCaptionBox = null;
        if (panel.caption() == null || lastDataArea == null) {
            return;
        }
        Font font = theme.font(ChartTheme.LEGEND_SIZE);
        FontRenderContext frc = g2.getFontRenderContext();
        String shown = MilestoneLabelLayout.fitted(panel.caption(), lastDataArea.getWidth(),
                t -> font.getStringBounds(t, frc).getWidth());
        LineMetrics lm = font.getLineMetrics(shown, frc);
        double baseline = lastDataArea.getMinY() - theme.px(3) - lm.getDescent();
        g2.setFont(font);
        g2.setPaint(ChartTheme.TEXT);
        g2.drawString(shown, (float) lastDataArea.getMinX(), (float) baseline);
        lastCaptionBox = new Rectangle2D.Double(lastDataArea.getMinX(), baseline - lm.getAscent(),
                font.getStringBounds(shown, frc).getWidth(), lm.getAscent() + lm.getDescent());
    }

    /** Where the caption was printed last time; null without a caption. */
    Rectangle2D lastCaptionBox() {
        return lastCaptionBox;
    }

    private Rectangle2D dataArea(Graphics2D g2, Rectangle2D inner) {
        AxisSpace space = calculateAxisSpace(g2, inner);
        Rectangle2D data = space.shrink((Rectangle2D) inner.clone(), null);
        getAxisOffset().trim(data);
        return data;
    }

    private void fitHeadroom(Graphics2D g2, Rectangle2D data) {
        if (labels == null || data.getHeight() <= 0) {
            return;
        }
        // a label above the highest marker, two when figures crowd into one year (they stack their labels)
        double marker = ChartTheme.MARKER_SIZE * theme.scale() * 0.6 + theme.px(MarkGeometry.CLEARANCE);
        double room = labels.topRowsHeight(g2, this, data) + labelRows() * labels.boxHeight(g2) + marker
                + theme.px(5);
        double share = Math.min(MAX_HEADROOM, room / data.getHeight());
        double margin = share / (1 - share);
        for (int i = 0; i < getRangeAxisCount(); i++) {
            if (getRangeAxis(i) instanceof NumberAxis axis && Math.abs(axis.getUpperMargin() - margin) > 0.002) {
                axis.setUpperMargin(margin);
            }
        }
    }

    private int labelRows() {
        Map<Integer, Integer> perYear = new HashMap<>();
        panel.axes().forEach(u -> u.lines().allFigures().forEach(f -> perYear.merge(f.year(), 1, Integer::sum)));
        return perYear.values().stream().anyMatch(n -> n >= 3) ? 2 : 1;
    }

    /** Where the markers and error bars sit on the year axis, which must not be cut at its ends. */
    List<Double> pointXs() {
        List<Double> xs = new ArrayList<>();
        for (UnitLayers u : panel.axes()) {
            u.lines().allFigures().forEach(f -> xs.add(f.x()));
            u.bars().allFigures().stream().filter(Figure::isRange).forEach(f -> xs.add(f.x()));
            // a bracket's end caps, drawn on the first and last year's edge, would lose half their stroke
            u.spans().allFigures().forEach(f -> {
                xs.add(f.xStart());
                xs.add(f.xEnd());
            });
        }
        return xs;
    }

    /**
     * Sets the year axis to the chart's years, widened where a marker would otherwise stick out of the
     * plot. Leaves an axis the user has zoomed alone (it no longer shows what was fitted last, and is
     * not auto-ranged), and changes the axis only when the range moved, since each change redraws a
     * chart on screen.
     *
     * @return the range fitted, to pass back next time
     */
    static Range fitYears(ValueAxis axis, Range years, List<Double> xs, double width, ChartTheme theme,
            Range lastFitted) {
        Range current = axis.getRange();
        boolean zoomed = lastFitted != null && !axis.isAutoRange() && !close(current, lastFitted);
        if (width <= 0 || zoomed) {
            return lastFitted;
        }
        double perYear = width / years.getLength();
        double pad = (ChartTheme.MARKER_SIZE * theme.scale() * 0.6 + theme.px(2)) / perYear;
        double lo = years.getLowerBound();
        double hi = years.getUpperBound();
        for (double x : xs) {
            lo = Math.min(lo, x - pad);
            hi = Math.max(hi, x + pad);
        }
        Range fitted = new Range(lo, hi);
        if (axis.isAutoRange() || !close(current, fitted)) {
            axis.setRange(fitted);
        }
        return fitted;
    }

    private static boolean close(Range a, Range b) {
        return Math.abs(a.getLowerBound() - b.getLowerBound()) < 1e-6
                && Math.abs(a.getUpperBound() - b.getUpperBound()) < 1e-6;
    }
}

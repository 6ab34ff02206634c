package org.returnwatch.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The print look, set in one place: white plot, light grid, the Okabe–Ito colour-blind-safe palette,
 * and type sized in points for a chart about 16 cm wide on paper. One plain face throughout, because
 * the embedded PDF face has no bold to match a synthetic bold on screen.
 */
public final class ChartTheme {

    /** Okabe & Ito (2008), without yellow, which is unreadable on white paper. */
    static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000));

    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color AXIS_LINE = new Color(0x888888);
    static final Color MILESTONE = new Color(0x666666);

    // whole points only: JFreeSVG writes font sizes rounded to whole numbers
    static final float TITLE_SIZE = 14f;
    static final float AXIS_LABEL_SIZE = 10f;
    static final float TICK_SIZE = 9f;
    static final float LEGEND_SIZE = 9f;
    static final float LABEL_SIZE = 8f;
    static final float NOTE_SIZE = 8f;

    static {
        // JFreeChart's default draws rotated text (the value axis label) as a TextLayout, which PDF and
        // SVG receive as glyph outlines: unsearchable. The JDK bug that workaround served is long fixed.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final ChartFont font;

    public ChartTheme(ChartFont font) {
        this.font = font;
    }

    public ChartFont font() {
        return font;
    }

    Font font(float size) {
        return font.atSize(size);
    }

    boolean canDisplay(String text) {
        return font.canDisplay(text);
    }

    Color seriesColour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** A series colour darkened for text, which needs more contrast on white than a bar does. */
    Color labelColour(int index) {
        Color c = seriesColour(index);
        return new Color((int) (c.getRed() * 0.65), (int) (c.getGreen() * 0.65), (int) (c.getBlue() * 0.65));
    }

    /** The colour mixed with white, for the ground of hatched (hedged) bars. */
    static Color tint(Color c, double strength) {
        int r = (int) Math.round(255 - (255 - c.getRed()) * strength);
        int g = (int) Math.round(255 - (255 - c.getGreen()) * strength);
        int b = (int) Math.round(255 - (255 - c.getBlue()) * strength);
        return new Color(r, g, b);
    }

    Stroke lineStroke() {
        return new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    Stroke milestoneStroke() {
        return new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    }

    void styleChart(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 6, 10));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        TextTitle title = chart.getTitle();
        title.setFont(font(TITLE_SIZE));
        title.setPaint(TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(0, 0, 4, 0));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(font(LEGEND_SIZE));
            legend.setItemPaint(TEXT);
            legend.setPadding(new RectangleInsets(0, 0, 6, 0));
        }
    }

    /** A small left-aligned line under the chart (notes, sources). */
    TextTitle footnote(String text, float size, Color paint) {
        TextTitle t = new TextTitle(text, font(size), paint, RectangleEdge.BOTTOM, HorizontalAlignment.LEFT,
                VerticalAlignment.CENTER, new RectangleInsets(2, 0, 0, 0));
        t.setMaximumLinesToDisplay(4);
        return t;
    }

    void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 2, 2, 2));
        plot.setNoDataMessage("No figures in the chosen years");
        plot.setNoDataMessageFont(font(AXIS_LABEL_SIZE));
        plot.setNoDataMessagePaint(MUTED_TEXT);
    }

    /** The time axis: whole years, printed without a thousands separator ("2014", not "2,014"). */
    NumberAxis yearAxis() {
        NumberAxis axis = new NumberAxis("Year");
        NumberFormat plain = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        TickUnits units = new TickUnits();
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            units.add(new NumberTickUnit(step, plain, 0));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        styleAxis(axis);
        axis.setAxisLineVisible(true);
        return axis;
    }

    /** A value axis labelled with its unit, always from zero so that bar lengths stay comparable. */
    NumberAxis valueAxis(String unit) {
        NumberAxis axis = new NumberAxis(unit);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        axis.setAxisLineVisible(false);
        styleAxis(axis);
        return axis;
    }

    private void styleAxis(ValueAxis axis) {
        axis.setLabelFont(font(AXIS_LABEL_SIZE));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(font(TICK_SIZE));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
        axis.setTickMarkOutsideLength(3f);
        axis.setTickMarkInsideLength(0f);
    }
}

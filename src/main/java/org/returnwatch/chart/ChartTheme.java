package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
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
 * The print look, set in one place: white plot, light grid, a palette (colour-blind-safe by default,
 * or grey-scale), and type sized in points for a chart about 16 cm wide on paper. {@code scale}
 * enlarges type, marks and strokes together, for a chart shown larger than it prints (a window).
 * One plain face throughout, because the embedded PDF face has no bold to match a synthetic bold.
 */
public final class ChartTheme {

    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color AXIS_LINE = new Color(0x888888);
    static final Color MILESTONE = new Color(0x666666);
    static final Color KEY_GREY = new Color(0x555555);
    static final Color GAP_GROUND = new Color(0xF3F3F3);
    static final Color GAP_HATCH = new Color(0xC4C4C4);

    // whole points only: JFreeSVG writes font sizes rounded to whole numbers
    static final float TITLE_SIZE = 14f;
    static final float AXIS_LABEL_SIZE = 10f;
    static final float TICK_SIZE = 9f;
    static final float LEGEND_SIZE = 9f;
    static final float LABEL_SIZE = 8f;
    static final float NOTE_SIZE = 8f;

    static final double MARKER_SIZE = 7.0;

    static {
        // JFreeChart's default draws rotated text (the value axis label) as a TextLayout, which PDF and
        // SVG receive as glyph outlines: unsearchable. The JDK bug that workaround served is long fixed.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final ChartFont font;
    private final ChartPalette palette;
    private final double scale;

    public ChartTheme(ChartFont font) {
        this(font, ChartPalette.COLOUR_BLIND_SAFE, 1.0);
    }

    public ChartTheme(ChartFont font, ChartPalette palette, double scale) {
        this.font = font;
        this.palette = palette == null ? ChartPalette.COLOUR_BLIND_SAFE : palette;
        if (!(scale >= 0.5 && scale <= 8)) {
            throw new IllegalArgumentException("text scale must be between 0.5 and 8, not " + scale);
        }
        this.scale = scale;
    }

    public ChartFont font() {
        return font;
    }

    double scale() {
        return scale;
    }

    /** The same face and scale in another palette. */
    ChartTheme withPalette(ChartPalette newPalette) {
        return newPalette == palette ? this : new ChartTheme(font, newPalette, scale);
    }

    /** A length given in points at print size, at this theme's scale. */
    double px(double points) {
        return points * scale;
    }

    Font font(float size) {
        return font.atSize((float) (size * scale));
    }

    boolean canDisplay(String text) {
        return font.canDisplay(text);
    }

    SeriesStyle style(int index) {
        return SeriesStyle.of(index, palette);
    }

    Color seriesColour(int index) {
        return style(index).colour();
    }

    /** A series colour darkened for text, which needs more contrast on white than a bar does. */
    Color labelColour(int index) {
        return style(index).labelColour();
    }

    /** The colour mixed with white, for the ground of hatched (hedged) bars. */
    static Color tint(Color c, double strength) {
        int r = (int) Math.round(255 - (255 - c.getRed()) * strength);
        int g = (int) Math.round(255 - (255 - c.getGreen()) * strength);
        int b = (int) Math.round(255 - (255 - c.getBlue()) * strength);
        return new Color(r, g, b);
    }

    Stroke lineStroke(int seriesIndex) {
        return style(seriesIndex).lineStroke(scale);
    }

    Stroke stroke(double width) {
        return new BasicStroke((float) (width * scale));
    }

    /** Dashed for a dated status change, dotted (and lighter) for one whose date is uncertain. */
    Stroke milestoneStroke(boolean uncertainDate) {
        float[] dash = uncertainDate ? new float[] {1.2f, 2.4f} : new float[] {4f, 3f};
        for (int i = 0; i < dash.length; i++) {
            dash[i] *= (float) scale;
        }
        return new BasicStroke((float) ((uncertainDate ? 1.3 : 1.0) * scale), BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    /** A bracket's stroke: solid for a figure as published, dashed for a hedged one. */
    Stroke bracketStroke(boolean hedged) {
        float w = (float) (2.0 * scale);
        return hedged ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {(float) (5 * scale), (float) (3 * scale)}, 0f) : new BasicStroke(w);
    }

    void styleChart(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(px(8), px(8), px(6), px(10)));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        TextTitle title = chart.getTitle();
        title.setFont(font(TITLE_SIZE));
        title.setPaint(TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(0, 0, px(4), 0));
        title.setMaximumLinesToDisplay(2);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(font(LEGEND_SIZE));
            legend.setItemPaint(TEXT);
            legend.setPadding(new RectangleInsets(0, 0, px(4), 0));
            legend.setItemLabelPadding(new RectangleInsets(px(1), px(3), px(1), px(8)));
            legend.setLegendItemGraphicPadding(new RectangleInsets(px(1), px(2), px(1), px(1)));
        }
    }

    /** A small left-aligned paragraph under the plot (notes, sources) when they stay inside the chart. */
    TextTitle footnote(String text, Color paint) {
        TextTitle t = new TextTitle(text, font(NOTE_SIZE), paint, RectangleEdge.BOTTOM, HorizontalAlignment.LEFT,
                VerticalAlignment.CENTER, new RectangleInsets(px(2), 0, 0, 0));
        t.setMaximumLinesToDisplay(12);
        return t;
    }

    void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(stroke(0.6));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(px(4), px(2), px(2), px(2)));
        plot.setNoDataMessage(lang("No figures in the chosen years"));
        plot.setNoDataMessageFont(font(AXIS_LABEL_SIZE));
        plot.setNoDataMessagePaint(MUTED_TEXT);
    }

    /** The time axis: whole years, printed without a thousands separator ("2014", not "2,014"). */
    NumberAxis yearAxis() {
        // no "Year" label: the ticks say it, and the plot needs the height more
        NumberAxis axis = new NumberAxis(null);
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
    NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
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
        axis.setTickMarkOutsideLength((float) px(3));
        axis.setTickMarkInsideLength(0f);
        axis.setLabelInsets(new RectangleInsets(px(2), px(2), px(2), px(2)));
        axis.setTickLabelInsets(new RectangleInsets(px(2), px(2), px(2), px(2)));
    }
}

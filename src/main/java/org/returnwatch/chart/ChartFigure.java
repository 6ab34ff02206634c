package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;

/**
 * A chart as it goes on paper: the figure (title, legend, plot) and the caption under it (the notes
 * and the source line). Exporters and printing draw both; a window may draw the chart alone and show
 * the caption as text beside or under it.
 */
public final class ChartFigure {

    private final JFreeChart chart;
    private final ChartCaption caption;
    private final ChartTheme theme;
    private final int panels;

    ChartFigure(JFreeChart chart, ChartCaption caption, ChartTheme theme, int panels) {
        this.chart = chart;
        this.caption = caption;
        this.theme = theme;
        this.panels = panels;
    }

    /** The figure without its caption: title, legend and plot. */
    public JFreeChart chart() {
        return chart;
    }

    /** The notes and source line, as built; {@link #captionAt} adds any label the plot had no room for. */
    public ChartCaption caption() {
        return caption;
    }

    public int panelCount() {
        return panels;
    }

    /** The plots the chart draws: one, or one per panel. */
    List<FigurePlot> plots() {
        Plot plot = chart.getPlot();
        if (plot instanceof PanelsPlot panelsPlot) {
            return panelsPlot.panels();
        }
        return List.of((FigurePlot) plot);
    }

    /**
     * The caption to print under the chart drawn at this size: lays the chart out once, and if a label
     * found no room on the plot, says under the chart what it would have said.
     */
    public ChartCaption captionAt(double widthPt, double heightPt) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            g2.dispose();
        }
        List<String> omitted = new ArrayList<>();
        for (FigurePlot p : plots()) {
            PlotLabels.Layout layout = p.labels().lastLayout();
            if (layout != null) {
                omitted.addAll(layout.omitted());
            }
        }
        if (omitted.isEmpty()) {
            return caption;
        }
        return caption.withNote(lang("Not labelled on the plot for lack of room: {0}.", String.join("; ", omitted)));
    }

    /** Type size of the caption, in points. */
    float captionSize() {
        return (float) theme.px(ChartTheme.NOTE_SIZE);
    }

    Font captionFont() {
        return theme.font(ChartTheme.NOTE_SIZE);
    }

    double scale() {
        return theme.scale();
    }

    /** The caption's lines for a figure this wide, measured by the given function. */
    List<List<String>> wrap(ChartCaption c, double figureWidth, ToDoubleFunction<String> measure) {
        return CaptionLayout.wrap(c.paragraphs(), figureWidth - 2 * theme.px(CaptionLayout.SIDE), measure);
    }

    /** The height the caption takes under a figure this wide. */
    public double captionHeight(ChartCaption c, double figureWidth) {
        FontRenderContext frc = new FontRenderContext(new AffineTransform(), true, true);
        Font f = captionFont();
        return CaptionLayout.height(wrap(c, figureWidth, t -> f.getStringBounds(t, frc).getWidth()), captionSize(),
                theme.scale());
    }

    /** Draws the chart in {@code chartArea} and the caption under it, across the same width. */
    public void draw(Graphics2D g2, Rectangle2D chartArea, ChartCaption c) {
        chart.draw(g2, chartArea);
        Font f = captionFont();
        g2.setFont(f);
        FontRenderContext frc = g2.getFontRenderContext();
        List<List<String>> paragraphs = wrap(c, chartArea.getWidth(), t -> f.getStringBounds(t, frc).getWidth());
        double size = captionSize();
        double x = chartArea.getX() + theme.px(CaptionLayout.SIDE);
        double baseline = chartArea.getMaxY() + theme.px(CaptionLayout.TOP_SPACE) + f.getLineMetrics("Ag", frc)
                .getAscent();
        for (int p = 0; p < paragraphs.size(); p++) {
            boolean sourceLine = p == paragraphs.size() - 1;
            g2.setPaint(sourceLine ? ChartTheme.MUTED_TEXT : ChartTheme.TEXT);
            for (String line : paragraphs.get(p)) {
                g2.drawString(line, (float) x, (float) baseline);
                baseline += size * CaptionLayout.LEADING;
            }
            baseline += size * CaptionLayout.PARAGRAPH_SPACE;
        }
    }
}

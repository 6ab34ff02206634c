package org.returnwatch.chart;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.print.PageFormat;
import java.awt.print.Printable;

import org.jfree.chart.JFreeChart;

/**
 * Prints a chart on one page: across the printable width, at the chart's usual 16:10 shape (taller
 * for small multiples), with its caption under it; filling the printable area when the page is too
 * short for that. The chart is laid out at the page's size in points, so type prints at its point size.
 */
public final class ChartPrintable implements Printable {

    static final double HEIGHT_TO_WIDTH = 10.0 / 16.0;

    private final JFreeChart chart;
    private final ChartFigure figure;

    public ChartPrintable(JFreeChart chart) {
        this.chart = chart;
        this.figure = null;
    }

    public ChartPrintable(ChartFigure figure) {
        this.chart = figure.chart();
        this.figure = figure;
    }

    @Override
    public int print(Graphics graphics, PageFormat page, int pageIndex) {
        if (pageIndex > 0) {
            return NO_SUCH_PAGE;
        }
        Graphics2D g2 = (Graphics2D) graphics;
        if (figure == null) {
            chart.draw(g2, fittedArea(page));
            return PAGE_EXISTS;
        }
        double w = page.getImageableWidth();
        double shape = Math.min(2.0, 1 + ExportOptions.PANEL_SHARE * (figure.panelCount() - 1)) * HEIGHT_TO_WIDTH;
        double h = w * shape;
        ChartCaption caption = figure.captionAt(w, h);
        double room = page.getImageableHeight() - figure.captionHeight(caption, w);
        h = Math.max(Math.min(h, room), page.getImageableHeight() / 2);
        figure.draw(g2, new Rectangle2D.Double(page.getImageableX(), page.getImageableY(), w, h),
                figure.captionAt(w, h));
        return PAGE_EXISTS;
    }

    /** Where on the page a chart without caption goes, in points. */
    public static Rectangle2D fittedArea(PageFormat page) {
        double w = page.getImageableWidth();
        double h = Math.min(page.getImageableHeight(), w * HEIGHT_TO_WIDTH);
        return new Rectangle2D.Double(page.getImageableX(), page.getImageableY(), w, h);
    }
}

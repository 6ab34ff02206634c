package org.returnwatch.chart;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.print.PageFormat;
import java.awt.print.Printable;

import org.jfree.chart.JFreeChart;

/**
 * Prints a chart on one page: across the printable width, at the chart's usual 16:10 shape, or
 * filling the printable area when the page is too short for that. The chart is laid out at the
 * page's size in points, so type prints at its point size.
 */
public final class ChartPrintable implements Printable {

    static final double HEIGHT_TO_WIDTH = 10.0 / 16.0;

    private final JFreeChart chart;

    public ChartPrintable(JFreeChart chart) {
        this.chart = chart;
    }

    @Override
    public int print(Graphics graphics, PageFormat page, int pageIndex) {
        if (pageIndex > 0) {
            return NO_SUCH_PAGE;
        }
        chart.draw((Graphics2D) graphics, fittedArea(page));
        return PAGE_EXISTS;
    }

    /** Where on the page the chart goes, in points. */
    public static Rectangle2D fittedArea(PageFormat page) {
        double w = page.getImageableWidth();
        double h = Math.min(page.getImageableHeight(), w * HEIGHT_TO_WIDTH);
        return new Rectangle2D.Double(page.getImageableX(), page.getImageableY(), w, h);
    }
}

package org.returnwatch.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** Draws a chart at its default size and reports where its figure labels were printed. */
final class PrintedLabels {

    private PrintedLabels() {
    }

    static List<FigureLabels.Placed> of(JFreeChart chart) {
        ExportOptions size = ExportOptions.defaults();
        BufferedImage image = new BufferedImage((int) size.widthPt(), (int) size.heightPt(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()), info);
            XYPlot plot = chart.getXYPlot();
            FigureLabels labels = plot.getAnnotations().stream().filter(FigureLabels.class::isInstance)
                    .map(FigureLabels.class::cast).findFirst().orElseThrow();
            return labels.place(g2, plot, info.getPlotInfo().getDataArea());
        } finally {
            g2.dispose();
        }
    }
}

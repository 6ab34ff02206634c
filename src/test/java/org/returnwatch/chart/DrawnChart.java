package org.returnwatch.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn at a given size, and where its text went: every label each plot placed, each panel's
 * caption, the boxes of the marks, and the data areas. Read from the drawing itself, as geometry.
 */
record DrawnChart(JFreeChart chart, Rectangle2D chartArea, Rectangle2D dataArea, List<Panel> panels) {

    record Panel(FigurePlot plot, PlotLabels.Layout layout, Rectangle2D captionBox) {
    }

    static DrawnChart of(ChartFigure figure) {
        ExportOptions size = ExportOptions.defaults().withRoomForPanels(figure.panelCount());
        return of(figure, size.widthPt(), size.heightPt());
    }

    static DrawnChart of(ChartFigure figure, double width, double height) {
        BufferedImage image = new BufferedImage((int) Math.ceil(width), (int) Math.ceil(height),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            ChartRenderingInfo info = new ChartRenderingInfo();
            Rectangle2D area = new Rectangle2D.Double(0, 0, width, height);
            figure.chart().draw(g2, area, info);
            List<Panel> panels = new ArrayList<>();
            for (FigurePlot p : figure.plots()) {
                panels.add(new Panel(p, p.labels().lastLayout(), p.lastCaptionBox()));
            }
            return new DrawnChart(figure.chart(), area, info.getPlotInfo().getDataArea(), panels);
        } finally {
            g2.dispose();
        }
    }

    /** Every label placed on any plot of the chart. */
    List<PlotLabels.Placed> labels() {
        return panels.stream().flatMap(p -> p.layout().placed().stream()).toList();
    }

    /** DossierWords left off for lack of room, on any plot. */
    List<String> omitted() {
        return panels.stream().flatMap(p -> p.layout().omitted().stream()).toList();
    }
}

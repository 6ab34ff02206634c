package org.returnwatch.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/** Axis values to page coordinates for one dataset of a plot, and the boxes its marks cover. */
record PlotGeometry(XYPlot plot, ValueAxis rangeAxis, Rectangle2D area) {

    static PlotGeometry of(XYPlot plot, int dataset, Rectangle2D area) {
        return new PlotGeometry(plot, plot.getRangeAxisForDataset(dataset), area);
    }

    double x(double value) {
        return plot.getDomainAxis().valueToJava2D(value, area, plot.getDomainAxisEdge());
    }

    double y(double value) {
        int index = plot.getRangeAxisIndex(rangeAxis);
        return rangeAxis.valueToJava2D(value, area, plot.getRangeAxisEdge(index));
    }

    /** Where a figure's label hangs from: the top of its mark. */
    double top(Figure f, double scale) {
        return y(f.high()) + (f.isSpanTotal() ? MarkGeometry.stackOffset(f, scale) : 0);
    }

    /**
     * The boxes of every bar, marker, error bar and bracket of the plot, which no label may cover.
     * Bands are left out: a label may sit on their pale ground.
     */
    static List<Rectangle2D> marks(XYPlot plot, Rectangle2D area, double scale) {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            if (!(plot.getDataset(i) instanceof FigureDataset data)) {
                continue;
            }
            XYItemRenderer renderer = plot.getRenderer(i);
            PlotGeometry at = of(plot, i, area);
            for (Figure f : data.allFigures()) {
                if (renderer instanceof SpanTotalRenderer) {
                    if (!f.isRange()) {
                        boxes.addAll(MarkGeometry.bracket(at.x(f.xStart()), at.x(f.xEnd()), at.top(f, scale), scale));
                    }
                } else {
                    boxes.add(at.markBox(f, renderer, scale));
                }
            }
        }
        return boxes;
    }

    /** The box of a bar, marker or error bar. */
    Rectangle2D markBox(Figure f, XYItemRenderer renderer, double scale) {
        if (f.isRange()) {
            return MarkGeometry.errorBar(x(f.x()), y(f.low()), y(f.high()), scale);
        }
        if (renderer instanceof FigureBarRenderer) {
            double x0 = x(f.xStart());
            double x1 = x(f.xEnd());
            double top = y(f.high());
            double base = y(0);
            return new Rectangle2D.Double(Math.min(x0, x1), Math.min(top, base), Math.abs(x1 - x0),
                    Math.abs(base - top));
        }
        return MarkGeometry.point(x(f.x()), y(f.middle()), ChartTheme.MARKER_SIZE * scale, scale);
    }
}

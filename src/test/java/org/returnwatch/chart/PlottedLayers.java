package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/** Reads back what a built chart plots: each dataset with its renderer and value axis. */
record PlottedLayers(List<Layer> layers) {

    /** One dataset of one plot (panel), with its renderer and the index of its value axis in that plot. */
    record Layer(FigureDataset data, XYItemRenderer renderer, int axis, XYPlot plot) {
    }

    static PlottedLayers of(JFreeChart chart) {
        List<XYPlot> plots = chart.getPlot() instanceof PanelsPlot panels ? List.copyOf(panels.panels())
                : List.of(chart.getXYPlot());
        List<Layer> layers = new ArrayList<>();
        for (XYPlot plot : plots) {
            for (int i = 0; i < plot.getDatasetCount(); i++) {
                if (plot.getDataset(i) instanceof FigureDataset data) {
                    layers.add(new Layer(data, plot.getRenderer(i),
                            plot.getRangeAxisIndex(plot.getRangeAxisForDataset(i)), plot));
                }
            }
        }
        return new PlottedLayers(layers);
    }

    <R extends XYItemRenderer> List<Layer> drawnBy(Class<R> type) {
        return layers.stream().filter(l -> type.isInstance(l.renderer())).toList();
    }

    /** Every plotted figure with the layer that draws it. */
    List<Placed> figures() {
        List<Placed> result = new ArrayList<>();
        for (Layer l : layers) {
            for (int s = 0; s < l.data().getSeriesCount(); s++) {
                for (int i = 0; i < l.data().getItemCount(s); i++) {
                    result.add(new Placed(l, s, i, l.data().figure(s, i)));
                }
            }
        }
        return result;
    }

    record Placed(Layer layer, int series, int item, Figure figure) {
        String toolTip() {
            return layer.renderer().getToolTipGenerator(series, item).generateToolTip(layer.data(), series, item);
        }

        double startX() {
            return layer.data().getStartXValue(series, item);
        }

        double endX() {
            return layer.data().getEndXValue(series, item);
        }

        double startY() {
            return layer.data().getStartYValue(series, item);
        }

        double endY() {
            return layer.data().getEndYValue(series, item);
        }
    }
}

package org.returnwatch.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/** An XYPlot that lays out its milestone labels just before drawing them. */
final class MilestonePlot extends XYPlot {

    private static final long serialVersionUID = 1L;

    @Override
    protected void drawDomainMarkers(Graphics2D g2, Rectangle2D dataArea, int index, Layer layer) {
        if (index == 0 && layer == Layer.FOREGROUND) {
            MilestoneLabelLayout.arrange(milestones(), g2, dataArea, getDomainAxis(), getDomainAxisEdge());
        }
        super.drawDomainMarkers(g2, dataArea, index, layer);
    }

    /** The labelled vertical markers, in date order. */
    List<ValueMarker> milestones() {
        List<ValueMarker> result = new ArrayList<>();
        Collection<?> markers = getDomainMarkers(0, Layer.FOREGROUND);
        if (markers != null) {
            for (Object m : markers) {
                if (m instanceof ValueMarker vm && ((Marker) vm).getLabel() != null) {
                    result.add(vm);
                }
            }
        }
        return result;
    }
}

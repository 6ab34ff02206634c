package org.returnwatch.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Small multiples: panels stacked on one shared year axis, each with its own value scale. It fits the
 * shared year axis so that no panel's markers are cut at its ends; each panel fits its own head-room.
 */
final class PanelsPlot extends CombinedDomainXYPlot {

    private static final long serialVersionUID = 1L;

    private final transient ChartTheme theme;
    private final transient Range years;
    private transient Range fittedYears;

    PanelsPlot(ValueAxis yearAxis, ChartTheme theme, Range years) {
        super(yearAxis);
        this.theme = theme;
        this.years = years;
    }

    List<FigurePlot> panels() {
        List<FigurePlot> panels = new ArrayList<>();
        for (XYPlot p : getSubplots()) {
            panels.add((FigurePlot) p);
        }
        return panels;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (years != null) {
            Rectangle2D inner = (Rectangle2D) area.clone();
            getInsets().trim(inner);
            AxisSpace space = calculateAxisSpace(g2, inner);
            Rectangle2D data = space.shrink(inner, null);
            List<Double> xs = new ArrayList<>();
            panels().forEach(p -> xs.addAll(p.pointXs()));
            fittedYears = FigurePlot.fitYears(getDomainAxis(), years, xs, data.getWidth(), theme, fittedYears);
        }
        super.draw(g2, area, anchor, parentState, info);
    }
}

package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.Range;

/**
 * What a chart will show, decided before anything is drawn: the layout, the panels with their axes
 * and placed figures, the years on the time axis, and the gaps in them.
 *
 * @param years the time axis, in axis units (year Y spans Y − 0.5 … Y + 0.5); null when nothing is plotted
 */
record ChartPlan(ChartLayout layout, List<Panel> panels, Range years) {

    /** A run of whole years in which no series of a panel has a figure. */
    record Gap(int fromYear, int toYear) {
        double startX() {
            return fromYear - 0.5;
        }

        double endX() {
            return toYear + 0.5;
        }

        String years() {
            return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "–" + toYear;
        }
    }

    /**
     * One plot: its value axes (one, or two with a second axis), its gaps, and the caption naming its
     * series when the chart has several panels.
     */
    record Panel(List<UnitLayers> axes, List<Gap> gaps, String caption) {
        List<Figure> allFigures() {
            List<Figure> all = new ArrayList<>();
            axes.forEach(a -> all.addAll(a.allFigures()));
            return all;
        }
    }

    ChartPlan {
        panels = List.copyOf(panels);
    }

    List<UnitLayers> allAxes() {
        return panels.stream().flatMap(p -> p.axes().stream()).toList();
    }

    List<Figure> allFigures() {
        return panels.stream().flatMap(p -> p.allFigures().stream()).toList();
    }

    boolean hasGaps() {
        return panels.stream().anyMatch(p -> !p.gaps().isEmpty());
    }
}

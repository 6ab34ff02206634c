package org.returnwatch.chart;

import java.util.List;
import java.util.stream.Stream;

/**
 * What is drawn against one value axis: bars, lines and span figures.
 *
 * @param unit  the unit of its series, the axis label
 * @param place "left axis" / "right axis" when the panel has two, else null
 */
record UnitLayers(String unit, String place, FigureDataset bars, FigureDataset lines, FigureDataset spans) {

    List<Figure> allFigures() {
        return Stream.of(bars, lines, spans).flatMap(d -> d.allFigures().stream()).toList();
    }
}

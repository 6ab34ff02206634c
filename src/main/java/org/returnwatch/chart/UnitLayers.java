package org.returnwatch.chart;

import java.util.List;
import java.util.stream.Stream;

/** What is drawn against one unit's axis: bars, lines and span totals. */
record UnitLayers(String unit, FigureDataset bars, FigureDataset lines, FigureDataset spans) {

    List<Figure> allFigures() {
        return Stream.of(bars, lines, spans).flatMap(d -> d.allFigures().stream()).toList();
    }
}

package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.AbstractIntervalXYDataset;

/**
 * The figures of one layer (bars, lines or span figures) on one value axis. Keeping the figure behind
 * every item lets renderers, labels and tooltips read the qualifier and sources, not just numbers.
 * On a line layer each series of the dataset is one run of joined figures.
 */
final class FigureDataset extends AbstractIntervalXYDataset {

    private static final long serialVersionUID = 1L;

    /** Where an item's y interval starts: bars stand on zero, lines and brackets only span a range. */
    enum Base { ZERO, VALUE }

    private final Base base;
    private final List<String> keys = new ArrayList<>();
    private final List<List<Figure>> items = new ArrayList<>();

    FigureDataset(Base base) {
        this.base = base;
    }

    /** Adds a series unless it has no figures. */
    void addSeries(String key, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        String unique = key;
        for (int n = 2; keys.contains(unique); n++) {
            unique = key + " (" + n + ")";
        }
        keys.add(unique);
        items.add(List.copyOf(figures));
    }

    Figure figure(int series, int item) {
        return items.get(series).get(item);
    }

    List<Figure> figures(int series) {
        return items.get(series);
    }

    List<Figure> allFigures() {
        return items.stream().flatMap(List::stream).toList();
    }

    int colourIndex(int series) {
        return items.get(series).get(0).colourIndex();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public int getSeriesCount() {
        return keys.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return keys.get(series);
    }

    @Override
    public int getItemCount(int series) {
        return items.get(series).size();
    }

    @Override
    public Number getX(int series, int item) {
        return figure(series, item).x();
    }

    @Override
    public Number getStartX(int series, int item) {
        return figure(series, item).xStart();
    }

    @Override
    public Number getEndX(int series, int item) {
        return figure(series, item).xEnd();
    }

    @Override
    public Number getY(int series, int item) {
        return figure(series, item).middle();
    }

    @Override
    public Number getStartY(int series, int item) {
        Figure f = figure(series, item);
        return base == Base.ZERO && !f.isRange() ? 0.0 : f.low();
    }

    @Override
    public Number getEndY(int series, int item) {
        return figure(series, item).high();
    }
}

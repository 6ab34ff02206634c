package org.returnwatch.chart;

import java.util.List;

import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.PeriodKind;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;

/**
 * One published figure placed on the chart: the data point as published, its sources, and where it
 * sits on the year axis ({@code xStart..xEnd}, drawn at {@code x}).
 *
 * @param colourIndex the position of its series in the request, which picks its colour
 */
record Figure(Series series, int colourIndex, DataPoint point, List<Source> sources,
        double xStart, double x, double xEnd) {

    Figure {
        sources = List.copyOf(sources);
    }

    Figure placedAt(double newStart, double newEnd) {
        return new Figure(series, colourIndex, point, sources, newStart, (newStart + newEnd) / 2.0, newEnd);
    }

    /** Drawn beside its period rather than at its middle; the period it covers is unchanged. */
    Figure nudgedBy(double dx) {
        return new Figure(series, colourIndex, point, sources, xStart, x + dx, xEnd);
    }

    boolean isRange() {
        return point.qualifier() == Qualifier.RANGE;
    }

    boolean isHedged() {
        return point.qualifier().isHedged();
    }

    /** A figure published for a span in a per-year unit: a rate that held throughout, not a total. */
    boolean isYearlyRateOverSpan() {
        return isSpanTotal() && series.isPerYear();
    }

    /** A figure published for a span of time, which must never read as one year's value. */
    boolean isSpanTotal() {
        return point.period().periodKind() == PeriodKind.SPAN;
    }

    double low() {
        return point.value().doubleValue();
    }

    double high() {
        return isRange() ? point.high().doubleValue() : low();
    }

    double middle() {
        return (low() + high()) / 2.0;
    }
}

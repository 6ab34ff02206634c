package org.returnwatch.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.PeriodKind;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;

/**
 * One published figure placed on the chart: the data point as published, its sources, and where it
 * sits on the year axis ({@code xStart..xEnd}, drawn at {@code x}).
 *
 * @param colourIndex the position of its series in the request, which picks its colour and shape
 * @param stack       for a bracket or band: how many others for the same span it is drawn under
 */
record Figure(Series series, int colourIndex, DataPoint point, List<Source> sources,
        double xStart, double x, double xEnd, int stack) {

    Figure {
        sources = List.copyOf(sources);
    }

    Figure(Series series, int colourIndex, DataPoint point, List<Source> sources, double xStart, double x,
            double xEnd) {
        this(series, colourIndex, point, sources, xStart, x, xEnd, 0);
    }

    Figure placedAt(double newStart, double newEnd) {
        return new Figure(series, colourIndex, point, sources, newStart, (newStart + newEnd) / 2.0, newEnd, stack);
    }

    /** Drawn elsewhere inside its period (beside another source's figure); the period it covers is unchanged. */
    Figure drawnAt(double newX) {
        return new Figure(series, colourIndex, point, sources, xStart, newX, xEnd, stack);
    }

    Figure stackedAt(int level) {
        return new Figure(series, colourIndex, point, sources, xStart, x, xEnd, level);
    }

    boolean isRange() {
        return point.qualifier() == Qualifier.RANGE;
    }

    boolean isHedged() {
        return point.qualifier().isHedged();
    }

    /** A hedge other than a range: "more than", "about", "nearly" … */
    boolean isHedgedValue() {
        return isHedged() && !isRange();
    }

    /** The period's date is one the source leaves uncertain ("as of 2020?"): it was inferred. */
    boolean hasUncertainDate() {
        return point.period().date().isUncertain();
    }

    /**
     * A yearly figure that held throughout a span ("300–800 a year, 2008–2014"): published as a rate, or
     * for a span in a per-year unit. Never a total.
     */
    boolean isYearlyRateOverSpan() {
        PeriodKind kind = point.period().periodKind();
        return kind == PeriodKind.RATE || kind == PeriodKind.SPAN && series.isPerYear();
    }

    /** A figure published for a span of time (a total or a rate), which must never read as one year's value. */
    boolean isSpanTotal() {
        PeriodKind kind = point.period().periodKind();
        return kind == PeriodKind.SPAN || kind == PeriodKind.RATE;
    }

    /** The year whose slot the figure is drawn in: the year its period ends in. */
    int year() {
        return point.period().endYear();
    }

    /**
     * Who the figure comes from: who claims it and the documents it is cited from. Two figures are
     * "of one source" only when both agree; a line joins nothing else.
     */
    String provenance() {
        String claimant = point.claimedBy() == null ? "" : point.claimedBy().strip().toLowerCase(Locale.ROOT);
        String cited = sources.stream().map(s -> s.id().toString()).sorted().collect(Collectors.joining(","));
        return claimant + "|" + cited;
    }

    boolean sameSourceAs(Figure other) {
        return Objects.equals(provenance(), other.provenance());
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

package org.returnwatch.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The period a published figure covers: one year (a flow), a span of years reported as one total
 * (a flow that must never be drawn as one year's value), or an "as of" date (a stock).
 */
public record ReportingPeriod(PeriodKind periodKind, FuzzyDate date) implements Comparable<ReportingPeriod> {

    private static final String AS_OF = "as of ";

    public ReportingPeriod {
        Objects.requireNonNull(periodKind, "period kind");
        Objects.requireNonNull(date, "period date");
        if (!date.isKnown()) {
            throw new IllegalArgumentException("a published figure needs a known period");
        }
        if (periodKind == PeriodKind.YEAR && date.precision() != DatePrecision.YEAR) {
            throw new IllegalArgumentException("a yearly figure needs a year, not " + date.toText());
        }
        if (periodKind == PeriodKind.SPAN && date.precision() != DatePrecision.SPAN) {
            throw new IllegalArgumentException("a span needs a start and an end, not " + date.toText());
        }
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(PeriodKind.YEAR, FuzzyDate.ofYear(year));
    }

    public static ReportingPeriod years(int from, int to) {
        return new ReportingPeriod(PeriodKind.SPAN, FuzzyDate.ofYears(from, to));
    }

    public static ReportingPeriod asOf(FuzzyDate date) {
        return new ReportingPeriod(PeriodKind.AS_OF, date);
    }

    /** Reads "2016", "2008–2014", "as of 2020-03", "as of 2014"; a day or month alone is an "as of" date. */
    public static ReportingPeriod parse(String text) {
        String t = Objects.requireNonNull(text, "period").strip();
        if (t.toLowerCase(Locale.ROOT).startsWith(AS_OF)) {
            return asOf(FuzzyDateParser.parse(t.substring(AS_OF.length())));
        }
        FuzzyDate d = FuzzyDateParser.parse(t);
        return switch (d.precision()) {
            case YEAR -> new ReportingPeriod(PeriodKind.YEAR, d);
            case SPAN -> new ReportingPeriod(PeriodKind.SPAN, d);
            default -> asOf(d);
        };
    }

    public int startYear() {
        return date.start().getYear();
    }

    public int endYear() {
        return date.end().getYear();
    }

    /** True for a total over more than one year. */
    public boolean isMultiYear() {
        return startYear() != endYear();
    }

    public String toText() {
        return periodKind == PeriodKind.AS_OF ? AS_OF + date.toText() : date.toText();
    }

    public String toDisplay() {
        return periodKind == PeriodKind.AS_OF ? AS_OF + date.toDisplay() : date.toDisplay();
    }

    @Override
    public String toString() {
        return toText();
    }

    @Override
    public int compareTo(ReportingPeriod o) {
        return date.compareTo(o.date);
    }
}

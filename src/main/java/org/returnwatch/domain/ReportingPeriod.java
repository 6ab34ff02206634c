package org.returnwatch.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The period a published figure covers: one year (a flow), a span of years reported as one total
 * (a flow that must never be drawn as one year's value), or an "as of" date (a stock).
 */
public record ReportingPeriod(PeriodKind periodKind, FuzzyDate date) implements Comparable<ReportingPeriod> {

    private static final String AS_OF = "as of ";
    private static final String EACH_YEAR = "each year ";

    public ReportingPeriod {
        Objects.requireNonNull(periodKind, "period kind");
        Objects.requireNonNull(date, "period date");
        if (!date.isKnown()) {
            throw new IllegalArgumentException("a published figure needs a known period");
        }
        if (periodKind == PeriodKind.YEAR && date.precision() != DatePrecision.YEAR) {
            throw new IllegalArgumentException("a yearly figure needs a year, not " + date.toText());
        }
        if ((periodKind == PeriodKind.SPAN || periodKind == PeriodKind.RATE)
                && date.precision() != DatePrecision.SPAN) {
            throw new IllegalArgumentException("a span needs a start and an end, not " + date.toText());
        }
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(PeriodKind.YEAR, FuzzyDate.ofYear(year));
    }

    public static ReportingPeriod years(int from, int to) {
        return new ReportingPeriod(PeriodKind.SPAN, FuzzyDate.ofYears(from, to));
    }

    /** A yearly rate that held each year of the span ("300–800 a year, 2008–2014"). */
    public static ReportingPeriod eachYear(int from, int to) {
        return new ReportingPeriod(PeriodKind.RATE, FuzzyDate.ofYears(from, to));
    }

    public static ReportingPeriod asOf(FuzzyDate date) {
        return new ReportingPeriod(PeriodKind.AS_OF, date);
    }

    /**
     * Reads "2016", "2008–2014", "each year 2008–2014", "as of 2020-03", "as of 2014"; a day or month alone
     * is an "as of" date.
     */
    public static ReportingPeriod parse(String text) {
        String t = Objects.requireNonNull(text, "period").strip();
        if (t.toLowerCase(Locale.ROOT).startsWith(AS_OF)) {
            return asOf(FuzzyDateParser.parse(t.substring(AS_OF.length())));
        }
        if (t.toLowerCase(Locale.ROOT).startsWith(EACH_YEAR)) {
            return new ReportingPeriod(PeriodKind.RATE, FuzzyDateParser.parse(t.substring(EACH_YEAR.length())));
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
        return prefix() + date.toText();
    }

    public String toDisplay() {
        return prefix() + date.toDisplay();
    }

    private String prefix() {
        return switch (periodKind) {
            // "by late 2021" is itself the stock's date: "as of by late 2021" would say it twice
            case AS_OF -> date.bound() == DateBound.EXACT ? AS_OF : "";
            case RATE -> EACH_YEAR;
            default -> "";
        };
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

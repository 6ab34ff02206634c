package org.returnwatch.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A date that knows how much of it is known: a day, a month, a season, a part of a year, a year, a
 * span, or nothing. {@code start} and {@code end} bound the interval it may fall in, so that uncertain
 * dates still sort and filter. Two marks keep apart who is uncertain: {@code approximate} is a date
 * the source itself hedges ("2016?"), {@code inferred} one the curator worked out from the source
 * ("2020 (inferred)": a date the text implies but does not print). {@code bound} makes it a limit
 * rather than the time of the event: "by late 2021", "since 1 January 2015".
 */
public record FuzzyDate(DatePrecision precision, LocalDate start, LocalDate end, boolean approximate,
                        boolean inferred, DateBound bound) implements Comparable<FuzzyDate> {

    public static final FuzzyDate UNKNOWN = new FuzzyDate(DatePrecision.UNKNOWN, null, null, false);
    private static final String INFERRED = " (inferred)";

    public FuzzyDate {
        Objects.requireNonNull(precision, "precision");
        bound = Objects.requireNonNullElse(bound, DateBound.EXACT);
        if (precision == DatePrecision.UNKNOWN) {
            if (start != null || end != null) {
                throw new IllegalArgumentException("an unknown date has no bounds");
            }
            if (approximate || inferred || bound != DateBound.EXACT) {
                throw new IllegalArgumentException("an unknown date cannot be hedged, inferred or a limit");
            }
        } else {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("date span ends before it starts: " + start + " > " + end);
            }
        }
    }

    /** A date as the source states it: not inferred, not a limit. */
    public FuzzyDate(DatePrecision precision, LocalDate start, LocalDate end, boolean approximate) {
        this(precision, start, end, approximate, false, DateBound.EXACT);
    }

    public static FuzzyDate ofDay(LocalDate day) {
        return new FuzzyDate(DatePrecision.DAY, day, day, false);
    }

    public static FuzzyDate ofMonth(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new FuzzyDate(DatePrecision.MONTH, ym.atDay(1), ym.atEndOfMonth(), false);
    }

    public static FuzzyDate ofYear(int year) {
        return new FuzzyDate(DatePrecision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
    }

    /** A season of a year; winter starts in December of the year before. */
    public static FuzzyDate ofSeason(Season season, int year) {
        YearMonth first = season == Season.WINTER
                ? YearMonth.of(year - 1, 12)
                : YearMonth.of(year, season.firstMonth());
        return new FuzzyDate(DatePrecision.SEASON, first.atDay(1), first.plusMonths(2).atEndOfMonth(), false);
    }

    /** "early 2017": January–April; "mid": May–August; "late": September–December. */
    public static FuzzyDate ofPart(PartOfYear part, int year) {
        YearMonth first = YearMonth.of(year, part.firstMonth());
        return new FuzzyDate(DatePrecision.PART_OF_YEAR, first.atDay(1), first.plusMonths(3).atEndOfMonth(), false);
    }

    public static FuzzyDate ofSpan(LocalDate start, LocalDate end) {
        return new FuzzyDate(DatePrecision.SPAN, start, end, false);
    }

    public static FuzzyDate ofYears(int fromYear, int toYear) {
        return ofSpan(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    public FuzzyDate asApproximate() {
        return new FuzzyDate(precision, start, end, true, inferred, bound);
    }

    /** The same date, marked as worked out by the curator rather than printed in the source. */
    public FuzzyDate asInferred() {
        return new FuzzyDate(precision, start, end, approximate, true, bound);
    }

    /** The same date as a limit: "by" it, or "since" it. */
    public FuzzyDate withBound(DateBound newBound) {
        return new FuzzyDate(precision, start, end, approximate, inferred, newBound);
    }

    /** The same date without the hedge and the curator's mark, for a reader shown those in words. */
    public FuzzyDate withoutMarks() {
        return new FuzzyDate(precision, start, end, false, false, bound);
    }

    /** True when the date is hedged, inferred or only a limit: not a date to draw a line through. */
    public boolean isUncertain() {
        return approximate || inferred || bound != DateBound.EXACT;
    }

    public boolean isKnown() {
        return precision != DatePrecision.UNKNOWN;
    }

    /** The season this date names, for precision SEASON. */
    public Season season() {
        if (precision != DatePrecision.SEASON) {
            throw new IllegalStateException("not a season: " + this);
        }
        return switch (start.getMonth()) {
            case DECEMBER -> Season.WINTER;
            case MARCH -> Season.SPRING;
            case JUNE -> Season.SUMMER;
            default -> Season.AUTUMN;
        };
    }

    /** The year a season belongs to (winter 2016 runs December 2015 – February 2016). */
    public int seasonYear() {
        return season() == Season.WINTER ? start.getYear() + 1 : start.getYear();
    }

    /**
     * The canonical text form, read back by {@link FuzzyDateParser}: "2016-05-03", "spring 2016",
     * "early 2017", "2014–2017", "2016?", "by late 2021", "since 2015-01-01", "2020 (inferred)".
     */
    public String toText() {
        String base = switch (precision) {
            case UNKNOWN -> "unknown";
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case SEASON -> season().label() + " " + seasonYear();
            case PART_OF_YEAR -> PartOfYear.of(start).label() + " " + start.getYear();
            case YEAR -> Integer.toString(start.getYear());
            case SPAN -> spanEnd(start, true) + "–" + spanEnd(end, false);
        };
        return marked(base);
    }

    /** The form a reader sees: "3 May 2016", "May 2016", "early 2017", "by late 2021", "2016?", "2020 (inferred)". */
    public String toDisplay() {
        String base = switch (precision) {
            case UNKNOWN -> "date unknown";
            case DAY -> start.getDayOfMonth() + " " + monthName(start) + " " + start.getYear();
            case MONTH -> monthName(start) + " " + start.getYear();
            case SEASON, PART_OF_YEAR, YEAR, SPAN -> plain(toText());
        };
        return marked(base);
    }

    /** The date without its marks: what {@link #marked} adds is taken off again. */
    private String plain(String text) {
        String s = text.endsWith(INFERRED) ? text.substring(0, text.length() - INFERRED.length()) : text;
        s = s.endsWith("?") ? s.substring(0, s.length() - 1) : s;
        return bound == DateBound.EXACT ? s : s.substring(bound.label().length() + 1);
    }

    private String marked(String base) {
        if (!isKnown()) {
            return base;
        }
        String s = bound == DateBound.EXACT ? base : bound.label() + " " + base;
        s = approximate ? s + "?" : s;
        return inferred ? s + INFERRED : s;
    }

    private static String monthName(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * A span's two ends as dates of their own, as precise as its text form writes them: "2014–early 2017"
     * is the year 2014 and early 2017, "2016-05–2017-03" two months. For any other date, the date itself twice.
     */
    public List<FuzzyDate> spanEnds() {
        if (precision != DatePrecision.SPAN) {
            return List.of(this, this);
        }
        return List.of(spanEndDate(start, true), spanEndDate(end, false));
    }

    private FuzzyDate spanEndDate(LocalDate d, boolean isStart) {
        boolean wholeYears = start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31;
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth());
        if (wholeYears) {
            return ofYear(d.getYear());
        }
        if (partBoundary(start, true) && partBoundary(end, false)) {
            boolean yearEdge = isStart ? d.getDayOfYear() == 1 : d.getMonthValue() == 12;
            return yearEdge ? ofYear(d.getYear()) : ofPart(PartOfYear.of(d), d.getYear());
        }
        return wholeMonths ? ofMonth(d.getYear(), d.getMonthValue()) : ofDay(d);
    }

    private String spanEnd(LocalDate d, boolean isStart) {
        // "2014–early 2017": a span may start or end in a third of a year, as sources write it
        return spanEndDate(d, isStart).toText();
    }

    private static boolean partBoundary(LocalDate d, boolean isStart) {
        for (PartOfYear p : PartOfYear.values()) {
            YearMonth first = YearMonth.of(d.getYear(), p.firstMonth());
            if (d.equals(isStart ? first.atDay(1) : first.plusMonths(3).atEndOfMonth())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return toText();
    }

    /** Unknown dates sort last; otherwise by start, then the narrower first. */
    @Override
    public int compareTo(FuzzyDate o) {
        if (!isKnown() || !o.isKnown()) {
            return Boolean.compare(!isKnown(), !o.isKnown());
        }
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}

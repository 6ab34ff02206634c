package org.returnwatch.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the forms in which sources and spreadsheets write dates, keeping their precision:
 * 2019-05-03, 3 May 2019, May 3, 2019, 03/05/2019 is refused as ambiguous, 2019-05, 05/2019,
 * May 2019, 2019, spring 2016, early 2017, 2014–2017, 2014-2017, "2016?", "c. 2016", unknown;
 * limits ("by late 2021", "since 1 January 2015"), the curator's mark ("2020 (inferred)"), and,
 * given the date of the source that says it, relative forms ("July this year", "last year"),
 * which are then marked inferred.
 */
public final class FuzzyDateParser {

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern SLASH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    /** 14/03/2021, 14.03.2021, 3/14/2021: the order read from the numbers, else from the locale. */
    private static final Pattern NUMERIC_DAY = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern CJK_DAY = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    private static final Pattern CJK_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern CJK_YEAR = Pattern.compile("(\\d{4})\\s*年");
    /** 2016年春(季), 2017年初, 2021年末/年底: as the window writes a season or a part of a year in Chinese. */
    private static final Pattern CJK_SEASON = Pattern.compile("(\\d{4})\\s*年\\s*([春夏秋冬])[季天]?");
    private static final Pattern CJK_PART = Pattern.compile("(\\d{4})\\s*年\\s*([初中末底])");
    private static final Pattern CJK_UNKNOWN = Pattern.compile("(?:日期)?(?:未知|不详|不詳)");
    private static final Pattern CJK_BY = Pattern.compile("^(?:不晚于|不晚於)\\s*");
    private static final Pattern CJK_SINCE = Pattern.compile("^自\\s*(.+?)\\s*(?:起|以来|以來)$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern SPAN = Pattern.compile(
            "(.+?)\\s*(?:–|—|/|至|到|\\bto\\b|(?<=\\d)-(?=\\s*\\d{4}\\b(?!-)))\\s*(.+)");
    private static final Pattern APPROX_PREFIX = Pattern.compile(
            "(?i)^(c\\.|ca\\.|circa|about|around|approx\\.?|大约|大約|约|約)\\s*");
    private static final Pattern INFERRED = Pattern.compile(
            "(?i)\\s*[(（](inferred|inferred by the curator|推断|推斷)[)）]$");
    private static final Pattern BOUND = Pattern.compile("(?i)^(by|no later than|since)\\s+");
    private static final Pattern PART = Pattern.compile("(?i)(early|mid|mid-|late|beginning of|start of|middle "
            + "of|end of)"
            + "\\s*(\\d{4})");
    private static final Pattern RELATIVE = Pattern.compile("(?i)(?:(early|mid|late)\\s+)?(?:([a-z]+)\\s+)?"
            + "(this|last|next) (year|month)|this ([a-z]+)");

    private FuzzyDateParser() {
    }

    /** Parses or throws {@link IllegalArgumentException} with a message naming the accepted forms. */
    public static FuzzyDate parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(impossible(text).map(
                why -> "not a date: \"" + text + "\" (" + why + ")").orElse(
                "not a date: \"" + text + "\" (use e.g. 2016-05-03, 2016-05, May 2016, 2016, spring 2016, "
                        + "early 2017, 2014–2017, 2016?, by late 2021, since 2015-01-01 or unknown)")));
    }

    /**
     * A day written in numbers that the calendar does not have: the year and month as written, and how
     * many days that month has (0 when there is no such month).
     */
    public record NoSuchDay(int year, int month, int monthLength) {
        public boolean noSuchMonth() {
            return monthLength == 0;
        }
    }

    /**
     * Why a text written as a day is no day of the calendar ("February 2020 has 29 days", "there is no
     * month 13"), when that is what is wrong with it, in English.
     */
    public static Optional<String> impossible(String text) {
        return noSuchDay(text).map(n -> n.noSuchMonth() ? "there is no month " + n.month()
                : java.time.Month.of(n.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + n.year()
                        + " has " + n.monthLength() + " days");
    }

    /** The impossible day a text is written as, for a reader to be told why in their own language. */
    public static Optional<NoSuchDay> noSuchDay(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.endsWith("?")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        int[] ymd = numbers(s);
        if (ymd == null) {
            return Optional.empty();
        }
        if (ymd[1] < 1 || ymd[1] > 12) {
            return Optional.of(new NoSuchDay(ymd[0], ymd[1], 0));
        }
        java.time.YearMonth ym = java.time.YearMonth.of(ymd[0], ymd[1]);
        if (ymd[2] < 1 || ymd[2] > ym.lengthOfMonth()) {
            return Optional.of(new NoSuchDay(ymd[0], ymd[1], ym.lengthOfMonth()));
        }
        return Optional.empty();
    }

    /** Year, month and day of a text written as a day in numbers, as written (unchecked), or null. */
    private static int[] numbers(String s) {
        Matcher m;
        if ((m = ISO_DAY.matcher(s)).matches() || (m = CJK_DAY.matcher(s)).matches()) {
            return new int[] {i(m, 1), i(m, 2), i(m, 3)};
        }
        if ((m = NUMERIC_DAY.matcher(s)).matches()) {
            int[] dm = dayAndMonth(i(m, 1), i(m, 2));
            return new int[] {i(m, 3), dm[1], dm[0]};
        }
        return null;
    }

    /**
     * Which of two numbers before a year is the day: the one over 12 when there is one (14/03 and 03/14
     * are both the fourteenth of March), else the order of the locale's short date (day first in most of
     * the world, month first in the United States).
     */
    private static int[] dayAndMonth(int a, int b) {
        if (a > 12 && b <= 12) {
            return new int[] {a, b};
        }
        if (b > 12 && a <= 12) {
            return new int[] {b, a};
        }
        return dayFirst(Locale.getDefault(Locale.Category.FORMAT)) ? new int[] {a, b} : new int[] {b, a};
    }

    static boolean dayFirst(Locale locale) {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                java.time.format.FormatStyle.SHORT, null, java.time.chrono.IsoChronology.INSTANCE, locale);
        int d = pattern.indexOf('d');
        int m = pattern.indexOf('M');
        return d >= 0 && m >= 0 && d < m;
    }

    public static Optional<FuzzyDate> tryParse(String text) {
        return tryParse(text, FuzzyDate.UNKNOWN);
    }

    /**
     * Like {@link #tryParse(String)}, and a relative form ("July this year", "last year") is resolved
     * against {@code said} (when the source said it: its publication date) and marked inferred.
     */
    public static Optional<FuzzyDate> tryParse(String text, FuzzyDate said) {
        if (text == null) {
            return Optional.of(FuzzyDate.UNKNOWN);
        }
        String s = text.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("unknown") || s.equals("?") || CJK_UNKNOWN.matcher(s).matches()) {
            return Optional.of(FuzzyDate.UNKNOWN);
        }
        boolean inferred = false;
        Matcher inf = INFERRED.matcher(s);
        if (inf.find()) {
            inferred = true;
            s = s.substring(0, inf.start()).strip();
        }
        DateBound bound = DateBound.EXACT;
        Matcher b = BOUND.matcher(s);
        Matcher by = CJK_BY.matcher(s);
        Matcher since = CJK_SINCE.matcher(s);
        if (b.find()) {
            String w = b.group(1).toLowerCase(Locale.ROOT);
            bound = w.equals("since") ? DateBound.SINCE : DateBound.BY;
            s = s.substring(b.end()).strip();
        } else if (by.find()) {
            bound = DateBound.BY;
            s = s.substring(by.end()).strip();
        } else if (since.matches()) {
            bound = DateBound.SINCE;
            s = since.group(1);
        }
        boolean mark = inferred;
        DateBound limit = bound;
        Optional<FuzzyDate> relative = relative(s, said);
        if (relative.isPresent()) {
            return relative.map(d -> d.asInferred().withBound(limit));
        }
        return plain(s).map(d -> mark ? d.asInferred() : d).map(d -> d.isKnown() ? d.withBound(limit) : d);
    }

    /** "this year", "last year", "July this year", "early this year", "this August": against the date said. */
    private static Optional<FuzzyDate> relative(String s, FuzzyDate said) {
        Matcher m = RELATIVE.matcher(s);
        if (!m.matches() || !said.isKnown()) {
            return Optional.empty();
        }
        int year = said.end().getYear();
        if (m.group(5) != null) {
            return month(m.group(5)).map(mo -> FuzzyDate.ofMonth(year, mo.getValue()));
        }
        if (m.group(4).equalsIgnoreCase("month")) {
            return Optional.empty();
        }
        int y = switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "last" -> year - 1;
            case "next" -> year + 1;
            default -> year;
        };
        if (m.group(2) != null) {
            return month(m.group(2)).map(mo -> FuzzyDate.ofMonth(y, mo.getValue()));
        }
        if (m.group(1) != null) {
            return PartOfYear.fromWord(m.group(1)).map(p -> FuzzyDate.ofPart(p, y));
        }
        return Optional.of(FuzzyDate.ofYear(y));
    }

    /** True when {@code text} is a relative form that needs the date of its source to be read. */
    public static boolean isRelative(String text) {
        return text != null && RELATIVE.matcher(BOUND.matcher(text.strip()).replaceFirst("")).matches();
    }

    private static Optional<FuzzyDate> plain(String text) {
        String s = text;
        if (s.isEmpty() || s.equalsIgnoreCase("unknown")) {
            return Optional.of(FuzzyDate.UNKNOWN);
        }
        boolean approx = false;
        if (s.endsWith("?")) {
            approx = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        Matcher prefix = APPROX_PREFIX.matcher(s);
        if (prefix.find()) {
            approx = true;
            s = s.substring(prefix.end()).strip();
        }
        try {
            Optional<FuzzyDate> single = parseSingle(s);
            if (single.isEmpty()) {
                single = parseSpan(s);
            }
            boolean a = approx;
            return single.map(d -> a ? d.asApproximate() : d);
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<FuzzyDate> parseSpan(String s) {
        Matcher m = SPAN.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<FuzzyDate> from = parseSingle(m.group(1).strip());
        Optional<FuzzyDate> to = parseSingle(m.group(2).strip());
        if (from.isEmpty() || to.isEmpty() || !from.get().isKnown() || !to.get().isKnown()) {
            return Optional.empty();
        }
        return Optional.of(FuzzyDate.ofSpan(from.get().start(), to.get().end()));
    }

    private static Optional<FuzzyDate> parseSingle(String s) {
        Matcher m;
        int[] ymd = numbers(s);
        if (ymd != null) {
            return Optional.of(FuzzyDate.ofDay(LocalDate.of(ymd[0], ymd[1], ymd[2])));
        }
        if ((m = CJK_MONTH.matcher(s)).matches()) {
            return Optional.of(FuzzyDate.ofMonth(i(m, 1), i(m, 2)));
        }
        if ((m = CJK_YEAR.matcher(s)).matches()) {
            return Optional.of(FuzzyDate.ofYear(i(m, 1)));
        }
        if ((m = CJK_SEASON.matcher(s)).matches()) {
            Season season = switch (m.group(2)) {
                case "春" -> Season.SPRING;
                case "夏" -> Season.SUMMER;
                case "秋" -> Season.AUTUMN;
                default -> Season.WINTER;
            };
            return Optional.of(FuzzyDate.ofSeason(season, i(m, 1)));
        }
        if ((m = CJK_PART.matcher(s)).matches()) {
            PartOfYear part = switch (m.group(2)) {
                case "初" -> PartOfYear.EARLY;
                case "中" -> PartOfYear.MID;
                default -> PartOfYear.LATE;
            };
            return Optional.of(FuzzyDate.ofPart(part, i(m, 1)));
        }
        if ((m = ISO_MONTH.matcher(s)).matches()) {
            return Optional.of(FuzzyDate.ofMonth(i(m, 1), i(m, 2)));
        }
        if ((m = SLASH_MONTH.matcher(s)).matches()) {
            return Optional.of(FuzzyDate.ofMonth(i(m, 2), i(m, 1)));
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return Optional.of(FuzzyDate.ofYear(i(m, 1)));
        }
        if ((m = PART.matcher(s)).matches()) {
            int year = i(m, 2);
            return PartOfYear.fromWord(m.group(1).strip()).map(p -> FuzzyDate.ofPart(p, year));
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            Optional<Month> month = month(m.group(2));
            if (month.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(FuzzyDate.ofDay(LocalDate.of(i(m, 3), month.get(), i(m, 1))));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            Optional<Month> month = month(m.group(1));
            if (month.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(FuzzyDate.ofDay(LocalDate.of(i(m, 3), month.get(), i(m, 2))));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            String word = m.group(1);
            int year = i(m, 2);
            Optional<Season> season = Season.fromWord(word);
            if (season.isPresent()) {
                return Optional.of(FuzzyDate.ofSeason(season.get(), year));
            }
            return month(word).map(mo -> FuzzyDate.ofMonth(year, mo.getValue()));
        }
        return Optional.empty();
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** English month names and their three-letter (and "Sept") abbreviations. */
    static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return Optional.empty();
        }
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(w) || (w.length() >= 3 && full.startsWith(w) && w.length() <= 4)) {
                return Optional.of(mo);
            }
        }
        return Optional.empty();
    }
}

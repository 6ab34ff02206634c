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
 * May 2019, 2019, spring 2016, 2014–2017, 2014-2017, "2016?", "c. 2016", unknown.
 */
public final class FuzzyDateParser {

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern SLASH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern SPAN = Pattern.compile("(.+?)\\s*(?:–|—|/|\\bto\\b|(?<=\\d)-(?=\\s*\\d{4}\\b(?!-)))\\s*(.+)");
    private static final Pattern APPROX_PREFIX = Pattern.compile("(?i)^(c\\.|ca\\.|circa|about|around|approx\\.?)\\s*");

    private FuzzyDateParser() {
    }

    /** Parses or throws {@link IllegalArgumentException} with a message naming the accepted forms. */
    public static FuzzyDate parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a date: \"" + text + "\" (use e.g. 2016-05-03, 2016-05, May 2016, 2016, spring 2016, "
                        + "2014–2017, 2016? or unknown)"));
    }

    public static Optional<FuzzyDate> tryParse(String text) {
        if (text == null) {
            return Optional.of(FuzzyDate.UNKNOWN);
        }
        String s = text.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("unknown") || s.equals("?")) {
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
        if ((m = ISO_DAY.matcher(s)).matches()) {
            return Optional.of(FuzzyDate.ofDay(LocalDate.of(i(m, 1), i(m, 2), i(m, 3))));
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

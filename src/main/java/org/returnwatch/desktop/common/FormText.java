package org.returnwatch.desktop.common;

import static org.returnwatch.i18n.Localization.lang;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.FuzzyDateParser;

/** The text conversions the forms share: empty for none, lists as lines, a date that does not parse. */
public final class FormText {
    private FormText() {
    }

    public static StringProperty text() {
        return new SimpleStringProperty("");
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static String lines(java.util.List<String> l) {
        return String.join("\n", l);
    }

    public static java.util.List<String> splitLines(String s) {
        return s == null ? java.util.List.of() : java.util.Arrays.asList(s.split("\\R"));
    }

    public static String dateProblem(String text) {
        return dateProblem(text, FuzzyDate.UNKNOWN);
    }

    /**
     * A stored date as it is typed into a field: its text ("2016-05", "early 2017"), and an empty field
     * for an unknown one, which reads the same in every language and is saved as unknown again.
     */
    public static String editable(FuzzyDate d) {
        return d == null || d.equals(FuzzyDate.UNKNOWN) ? "" : d.toText();
    }

    /**
     * What is wrong with a typed date, or null; a relative one ("July this year") is read against
     * {@code said}, the publication date of the source that says it.
     */
    public static String dateProblem(String text, FuzzyDate said) {
        if (FuzzyDateParser.tryParse(text, said).isPresent()) {
            return null;
        }
        if (FuzzyDateParser.isRelative(text)) {
            return "\"" + text
                    + lang("\" depends on when it was said: choose the source that says it (a dated one), and "
                    + "it is read against the day that source was published.");
        }
        java.util.Optional<FuzzyDateParser.NoSuchDay> why = FuzzyDateParser.noSuchDay(text);
        if (why.isPresent()) {
            return "\"" + text + lang("\" is not a date: {0}.", whyNoDay(why.get()));
        }
        return "\"" + text + lang("\" is not a date (e.g. 2016-05-03, 14/03/2016, 2016年5月3日, May 2016, 2016, "
                + "spring 2016, 2014–2017, 2016?, by late 2021).");
    }

    /** Why the calendar has no such day, in the chosen language ("February 2020 has 29 days"). */
    private static String whyNoDay(FuzzyDateParser.NoSuchDay n) {
        return n.noSuchMonth() ? lang("there is no month {0}", n.month())
                : lang("{0} has {1} days", org.returnwatch.i18n.DateWords.show(FuzzyDate.ofMonth(n.year(), n.month())),
                        n.monthLength());
    }

    /**
     * A warning for a date that can be read but lies in the future ("2031"): kept as typed, since a
     * source may announce something to come, but most often a slip of the year.
     */
    public static String dateWarning(String text, java.time.LocalDate today) {
        return FuzzyDateParser.tryParse(text).filter(FuzzyDate::isKnown).filter(d -> d.start().isAfter(today))
                .map(d -> "\"" + text
                        + lang("\" is in the future: check the year (it is kept as typed).")).orElse(null);
    }

    /** The typed date, a relative one read against {@code said}; throws when it cannot be read. */
    public static FuzzyDate date(String text, FuzzyDate said) {
        return FuzzyDateParser.tryParse(text, said).orElseThrow(() -> new IllegalArgumentException(
                dateProblem(text, said)));
    }
}

package org.returnwatch.desktop.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
        return FuzzyDateParser.tryParse(text).isPresent() ? null
                : "\"" + text + "\" is not a date (e.g. 2016-05-03, May 2016, 2016, spring 2016, 2014–2017, 2016?).";
    }
}

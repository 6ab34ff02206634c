package org.returnwatch.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A citation's grade in the Admiralty code (NATO STANAG 2511): how reliable the source is (A–F) and
 * how credible this piece of information is (1–6), written together as "B2".
 */
public record Grade(SourceGrade reliability, InformationGrade credibility) implements Comparable<Grade> {

    public Grade {
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(credibility, "credibility");
    }

    /** Reads "B2" (either case, spaces allowed); throws with the accepted form otherwise. */
    public static Grade parse(String text) {
        String t = text == null ? "" : text.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (!t.matches("[A-F][1-6]")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a grade: a letter A–F for the source's "
                    + "reliability and a digit 1–6 for the information's credibility, e.g. B2");
        }
        return new Grade(SourceGrade.valueOf(t.substring(0, 1)), InformationGrade.ofDigit(t.charAt(1) - '0'));
    }

    /** "B2". */
    public String code() {
        return reliability.name() + credibility.digit();
    }

    /** "B2: usually reliable source, probably true". */
    public String describe() {
        return code() + ": " + reliability.label() + " source, " + credibility.label();
    }

    @Override
    public String toString() {
        return code();
    }

    /** Better grades first: A before B, then 1 before 2. */
    @Override
    public int compareTo(Grade o) {
        int c = reliability.compareTo(o.reliability);
        return c != 0 ? c : credibility.compareTo(o.credibility);
    }
}

package org.returnwatch.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable code of something kept beside the records rather than as one of them (an evidence
 * file {@code RW-ATT-0001}, a follow-up {@code RW-FU-0001}): a prefix and a running number, written
 * like a {@link Reference} but not one of the record kinds that links and citations point at.
 */
public record ItemRef(String prefix, int number) {
    public static final String ATTACHMENT = "ATT";
    public static final String FOLLOW_UP = "FU";

    private static final Pattern FORM = Pattern.compile("RW-([A-Z]+)-(\\d{1,9})");

    public ItemRef {
        Objects.requireNonNull(prefix, "prefix");
        if (number < 1) {
            throw new IllegalArgumentException("reference number must be positive: " + number);
        }
    }

    /** Parses {@code text} as a code with this prefix; the message names what was expected. */
    public static ItemRef parse(String text, String prefix) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || !m.group(1).equals(prefix)) {
            throw RefusedText.phrase("not a code of the form {1}: {0}", text, "RW-" + prefix + "-0001");
        }
        return new ItemRef(prefix, Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return String.format("RW-%s-%04d", prefix, number);
    }
}

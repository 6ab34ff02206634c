package org.returnwatch.domain;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A readable reference code such as {@code RW-C-0007}: kind prefix and a running number. */
public record Reference(RecordKind kind, int number) implements Comparable<Reference> {

    private static final Pattern FORM = Pattern.compile("RW-([A-Z]+)-(\\d{1,9})");

    public Reference {
        Objects.requireNonNull(kind, "kind");
        if (number < 1) {
            throw new IllegalArgumentException("reference number must be positive: " + number);
        }
    }

    public static Reference parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw RefusedText.phrase("not a reference code (expected e.g. RW-C-0007): {0}", text);
        }
        RecordKind kind = RecordKind.fromPrefix(m.group(1))
                .orElseThrow(() -> RefusedText.phrase("unknown reference kind in {0}", text));
        return new Reference(kind, Integer.parseInt(m.group(2)));
    }

    public static boolean looksLikeReference(String text) {
        return text != null && FORM.matcher(text.trim().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return String.format("RW-%s-%04d", kind.prefix(), number);
    }

    @Override
    public int compareTo(Reference o) {
        int k = kind.compareTo(o.kind);
        return k != 0 ? k : Integer.compare(number, o.number);
    }
}

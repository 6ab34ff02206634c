package org.returnwatch.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of record a reference code or a link can point at. */
public enum RecordKind {
    CASE("C", "cases"),
    INCIDENT("I", "incidents"),
    AGREEMENT("A", "agreements"),
    SERIES("S", "series"),
    DATA_POINT("P", "points"),
    SOURCE("SRC", "sources"),
    CITATION("CIT", "citations"),
    ACTOR("ACT", "actors"),
    LINK("L", "links");

    private final String prefix;
    private final String plural;

    RecordKind(String prefix, String plural) {
        this.prefix = prefix;
        this.plural = plural;
    }

    public String prefix() {
        return prefix;
    }

    /** The plural word used by the command line and the JSON document ("cases", "series" …). */
    public String plural() {
        return plural;
    }

    public static Optional<RecordKind> fromPlural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.plural.equals(w)).findFirst();
    }

    public static Optional<RecordKind> fromPrefix(String prefix) {
        return Arrays.stream(values()).filter(k -> k.prefix.equals(prefix)).findFirst();
    }
}

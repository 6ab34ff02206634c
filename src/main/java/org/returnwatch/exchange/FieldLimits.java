package org.returnwatch.exchange;

import java.util.Map;
import org.returnwatch.domain.RecordKind;

/**
 * How long each text field may be: the database's column sizes, checked while reading an input so
 * that a text that is too long is reported with its file, line and field, before anything is written.
 */
final class FieldLimits {
    private static final int NOTE = 100_000;
    private static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("code", 40), Map.entry("label", 200),
            Map.entry("name", 500), Map.entry("nativeName", 500), Map.entry("title", 1000),
            Map.entry("publisher", 500), Map.entry("author", 500), Map.entry("url", 2000),
            Map.entry("country", 200), Map.entry("originCountry", 200), Map.entry("residenceCountry", 200),
            Map.entry("residenceCity", 200), Map.entry("role", 500), Map.entry("accusation", 4000),
            Map.entry("amount", 500), Map.entry("place", 500), Map.entry("unit", 100),
            Map.entry("reportedBy", 500), Map.entry("claimedBy", 500), Map.entry("field", 100),
            Map.entry("locator", 500), Map.entry("aliases", 500), Map.entry("parties", 500),
            Map.entry("countries", 200), Map.entry("claimant", 500), Map.entry("nationalities", 200),
            Map.entry("statement", 4000), Map.entry("closeReason", 4000), Map.entry("holder", 200));

    private FieldLimits() {
    }

    /** The most characters {@code field} of a record of {@code kind} may hold (kind null for tactics). */
    static int max(RecordKind kind, String field) {
        if (kind == RecordKind.SERIES && field.equals("name")) {
            return 1000;
        }
        return LIMITS.getOrDefault(field, NOTE);
    }
}

package org.returnwatch.domain;

import java.util.Locale;
import java.util.Map;

/** Turns enum constants into words people read. */
final class EnumWords {
    /** Names and acronyms that lower-casing would spoil. */
    private static final Map<String, String> PROPER = Map.of(
            "FOX_HUNT", "Fox Hunt",
            "SKY_NET", "Sky Net",
            "LAW_ENFORCEMENT_MOU", "law-enforcement MOU",
            "NGO_REPORT", "NGO report",
            "SIGNED_NOT_IMPLEMENTED", "signed, never implemented",
            "RETURNED_THEN_LEFT", "returned, later left again");

    private EnumWords() {
    }

    static String of(Enum<?> e) {
        String proper = PROPER.get(e.name());
        return proper != null ? proper : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

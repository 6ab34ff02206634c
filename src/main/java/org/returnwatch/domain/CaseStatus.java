package org.returnwatch.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a case stands in the casework: still worked on, only watched, or closed (with a reason). */
public enum CaseStatus implements Labelled {
    OPEN,
    MONITORING,
    CLOSED;

    @Override
    public String label() {
        return EnumWords.of(this);
    }

    /** "open", "monitoring" or "closed", in any case; empty for any other word. */
    public static Optional<CaseStatus> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (CaseStatus s : values()) {
            if (s.name().equals(word.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

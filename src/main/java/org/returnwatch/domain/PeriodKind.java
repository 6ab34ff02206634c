package org.returnwatch.domain;

/** What a data point's period is. */
public enum PeriodKind {
    YEAR,
    SPAN,
    AS_OF;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    public String label() {
        return Labels.of(this);
    }
}

package org.returnwatch.domain;

/** What a data point's period is. */
public enum PeriodKind implements Labelled {
    YEAR,
    SPAN,
    AS_OF;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}

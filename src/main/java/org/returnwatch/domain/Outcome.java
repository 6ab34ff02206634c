package org.returnwatch.domain;

/** How a case ended, as far as is known. */
public enum Outcome implements Labelled {
    RETURNED_UNDER_PRESSURE,
    RETURNED_BY_FORCE,
    REMOVED_BY_HOST_STATE,
    NOT_RETURNED,
    DETAINED_ABROAD,
    ONGOING,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}

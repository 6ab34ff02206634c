package org.returnwatch.domain;

/** What became of a person targeted, as far as is known; a case keeps these as a history. */
public enum Outcome implements Labelled {
    RETURNED_UNDER_PRESSURE,
    RETURNED_BY_FORCE,
    REMOVED_BY_HOST_STATE,
    NOT_RETURNED,
    DETAINED_ABROAD,
    ONGOING,
    /** Let go by those who held them (the Garratts). */
    RELEASED,
    /** Went back under pressure and later left again (the Vancouver "Canadian victim"). */
    RETURNED_THEN_LEFT,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}

package org.returnwatch.domain;

/** A target's standing in the country of residence. */
public enum ImmigrationStatus implements Labelled {
    CITIZEN,
    PERMANENT_RESIDENT,
    TEMPORARY_RESIDENT,
    REFUGEE_CLAIMANT,
    REFUGEE,
    UNDOCUMENTED,
    UNDER_REMOVAL_ORDER,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}

package org.returnwatch.domain;

/** What the state where an act happened did about it. */
public enum HostStateRole implements Labelled {
    COOPERATED,
    TOLERATED,
    OPPOSED,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}

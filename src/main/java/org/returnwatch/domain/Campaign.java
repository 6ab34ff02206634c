package org.returnwatch.domain;

/** The campaign a case is pursued under. */
public enum Campaign implements Labelled {
    FOX_HUNT,
    SKY_NET,
    OTHER,
    NONE,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}

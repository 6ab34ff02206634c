package org.returnwatch.domain;

/** How far a source is trusted for the facts it supports. */
public enum Reliability implements Labelled {
    HIGH,
    MEDIUM,
    LOW,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}

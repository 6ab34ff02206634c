package org.returnwatch.domain;

/** How much harm disclosure of this case could do to the people in it. */
public enum RiskLevel implements Labelled {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}

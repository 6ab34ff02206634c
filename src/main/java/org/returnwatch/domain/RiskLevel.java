package org.returnwatch.domain;

/** How much harm disclosure of this case could do to the people in it. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    public String label() {
        return Labels.of(this);
    }
}

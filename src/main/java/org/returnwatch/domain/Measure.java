package org.returnwatch.domain;

/** A flow counts events in a period; a stock counts what stands at a date. */
public enum Measure implements Labelled {
    FLOW,
    STOCK;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}

package org.returnwatch.domain;

/** How a published figure hedges its value, kept as the source wrote it. */
public enum Qualifier implements Labelled {
    EXACT(""),
    APPROXIMATELY("about"),
    MORE_THAN("more than"),
    AT_LEAST("at least"),
    NEARLY("nearly"),
    AT_MOST("at most"),
    LESS_THAN("less than"),
    RANGE("between");

    private final String words;

    Qualifier(String words) {
        this.words = words;
    }

    /** The words put before the value ("more than"), empty for an exact figure. */
    public String words() {
        return words;
    }

    @Override
    public String label() {
        return EnumWords.of(this);
    }

    /** True where the true value may lie above or below the figure shown. */
    public boolean isHedged() {
        return this != EXACT;
    }
}

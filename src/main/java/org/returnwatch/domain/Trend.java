package org.returnwatch.domain;

/** Which way a source says a statistic went. */
public enum Trend implements Labelled {
    RISING("rising"),
    FALLING("falling"),
    STEADY("little change");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package org.returnwatch.domain;

/**
 * Whether a date is the time of the event or a limit on it: "by late 2021" (on or before the end of
 * the date named), "since 1 January 2015" (from its start on, and still so when the source wrote).
 */
public enum DateBound implements Labelled {
    EXACT(""), BY("by"), SINCE("since");

    private final String word;

    DateBound(String word) {
        this.word = word;
    }

    @Override
    public String label() {
        return word;
    }
}

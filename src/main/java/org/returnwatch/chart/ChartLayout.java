package org.returnwatch.chart;

import java.util.Locale;

/**
 * How series share the chart. Series of different units, of different measures (a yearly count beside
 * a running total) or of very different size squash or mislead one another on one scale, so AUTO
 * gives them a panel each; a second axis is there for those who ask for it.
 */
public enum ChartLayout {
    /** One plot when the series are comparable, otherwise small multiples. */
    AUTO,
    /** Every series against one value axis; refused for series in different units. */
    ONE_AXIS,
    /** Two value axes, left and right; refused when the series fall into more than two groups. */
    SECOND_AXIS,
    /** One panel per group of comparable series, stacked on a shared year axis, each with its own scale. */
    SMALL_MULTIPLES;

    /** The command-line word: "auto", "one-axis", "second-axis", "small-multiples". */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads the command-line word (case and "-"/"_" do not matter). */
    public static ChartLayout parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ChartLayout layout : values()) {
            if (layout.name().equals(t)) {
                return layout;
            }
        }
        throw new IllegalArgumentException("unknown layout '" + text
                + "' (expected auto, one-axis, second-axis or small-multiples)");
    }
}

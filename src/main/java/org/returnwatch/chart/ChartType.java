package org.returnwatch.chart;

import java.util.Locale;
import org.returnwatch.domain.Measure;

/** How a series is drawn: AUTO draws flows (events per period) as bars and stocks (levels at a date) as lines. */
public enum ChartType {
    AUTO,
    BAR,
    LINE;

    /** The concrete type for a series of this measure: BAR or LINE, never AUTO. */
    public ChartType resolve(Measure measure) {
        if (this != AUTO) {
            return this;
        }
        return measure == Measure.FLOW ? BAR : LINE;
    }

    /** Reads "bar", "line" or "auto" as typed on the command line. */
    public static ChartType parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ChartType type : values()) {
            if (type.name().equals(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown chart type '" + text + "' (expected bar, line or auto)");
    }
}

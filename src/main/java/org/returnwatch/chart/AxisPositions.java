package org.returnwatch.chart;

import java.time.LocalDate;
import org.returnwatch.domain.FuzzyDate;

/**
 * Places dates on the numeric year axis. Year Y occupies [Y - 0.5, Y + 0.5], so integer ticks sit in
 * the middle of their year (under its bar) while spans and "as of" dates still land where they fall.
 */
final class AxisPositions {

    private AxisPositions() {
    }

    static double startOf(LocalDate day) {
        return day.getYear() - 0.5 + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }

    static double endOf(LocalDate day) {
        return day.getYear() - 0.5 + day.getDayOfYear() / (double) day.lengthOfYear();
    }

    static double startOf(FuzzyDate date) {
        return startOf(date.start());
    }

    static double endOf(FuzzyDate date) {
        return endOf(date.end());
    }

    static double centreOf(FuzzyDate date) {
        return (startOf(date) + endOf(date)) / 2.0;
    }
}

package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.data.Range;

/**
 * Finds the years on a panel's time axis for which none of its series has a figure: not a year of
 * zero but one with nothing published, which the chart must say rather than leave as an empty slot.
 */
final class GapFinder {

    private GapFinder() {
    }

    static List<ChartPlan.Gap> gaps(List<Figure> figures, Range years) {
        if (years == null || figures.isEmpty()) {
            return List.of();
        }
        Set<Integer> covered = new HashSet<>();
        for (Figure f : figures) {
            for (int y = f.point().period().startYear(); y <= f.point().period().endYear(); y++) {
                covered.add(y);
            }
        }
        int first = (int) Math.round(years.getLowerBound() + 0.5);
        int last = (int) Math.round(years.getUpperBound() - 0.5);
        List<ChartPlan.Gap> gaps = new ArrayList<>();
        Integer start = null;
        for (int y = first; y <= last + 1; y++) {
            boolean empty = y <= last && !covered.contains(y);
            if (empty && start == null) {
                start = y;
            } else if (!empty && start != null) {
                gaps.add(new ChartPlan.Gap(start, y - 1));
                start = null;
            }
        }
        return gaps;
    }
}

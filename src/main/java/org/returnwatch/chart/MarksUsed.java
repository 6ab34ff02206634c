package org.returnwatch.chart;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.returnwatch.chart.MilestoneMarkers.Milestone;

/** The marks a chart draws, read from its plan the same way the renderers decide them. */
final class MarksUsed {

    private MarksUsed() {
    }

    static Set<Mark> of(ChartPlan plan, List<Milestone> milestones) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        for (UnitLayers u : plan.allAxes()) {
            u.bars().allFigures().forEach(f -> marks.add(Mark.of(f, true)));
            u.lines().allFigures().forEach(f -> marks.add(Mark.of(f, false)));
            u.spans().allFigures().forEach(f -> marks.add(Mark.of(f, false)));
            if (joinsAny(u.lines())) {
                marks.add(Mark.LINE);
            }
        }
        if (plan.hasGaps()) {
            marks.add(Mark.GAP);
        }
        milestones.forEach(m -> marks.add(m.mark()));
        return marks;
    }

    static boolean joinsAny(FigureDataset lines) {
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            if (lines.getItemCount(s) > 1) {
                return true;
            }
        }
        return false;
    }

    /** True when a line series has figures that no line joins: a break, a change of source or an uncertain date. */
    static boolean anyBreak(ChartPlan plan) {
        for (UnitLayers u : plan.allAxes()) {
            Map<Integer, Integer> runsPerSeries = new HashMap<>();
            for (int s = 0; s < u.lines().getSeriesCount(); s++) {
                runsPerSeries.merge(u.lines().colourIndex(s), 1, Integer::sum);
            }
            if (runsPerSeries.values().stream().anyMatch(n -> n > 1)) {
                return true;
            }
        }
        return false;
    }
}

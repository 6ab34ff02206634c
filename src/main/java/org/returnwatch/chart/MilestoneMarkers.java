package org.returnwatch.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.StatusChange;

/**
 * Turns agreements' dated status changes into milestones on the year axis: a vertical line in every
 * panel, dashed, or dotted when the date is uncertain, and a label printed by {@link PlotLabels} that
 * keeps that uncertainty in words. When the labels would stack up in more than {@link #MAX_ROWS}
 * rows over the data, each line gets a number instead and the notes give the key.
 */
final class MilestoneMarkers {

    static final int MAX_ROWS = 2;

    /**
     * One status change on the axis.
     *
     * @param dateMark " (date uncertain)" where the source hedges the date, " (date inferred)" where it was
     *                 worked out, else empty
     * @param number   its number in the key under the chart, or 0 when it is labelled in words on the plot
     */
    record Milestone(String title, String status, String date, double x, String dateMark, int number) {

        /** Drawn dotted: the source hedges the date or prints none. */
        boolean uncertainDate() {
            return !dateMark.isEmpty();
        }

        Mark mark() {
            return uncertainDate() ? Mark.UNCERTAIN_MILESTONE : Mark.MILESTONE;
        }

        /** What the plot prints beside the line. */
        String label() {
            return number > 0 ? Integer.toString(number) : words();
        }

        /** "Canada–China readmission arrangement: abandoned (date inferred)". */
        String words() {
            return title + ": " + status + dateMark;
        }

        /** "3 Canada–China readmission arrangement: abandoned, 2020 (date uncertain)", for the key. */
        String keyEntry() {
            return number + " " + title + ": " + status + ", " + date;
        }

        Milestone numbered(int n) {
            return new Milestone(title, status, date, x, dateMark, n);
        }
    }

    private MilestoneMarkers() {
    }

    /** One milestone per status change with a known date inside [lowerX, upperX], sorted by date. */
    static List<Milestone> build(List<Agreement> agreements, double lowerX, double upperX) {
        List<Milestone> milestones = new ArrayList<>();
        for (Agreement a : agreements) {
            for (StatusChange step : a.statusHistory()) {
                if (!step.date().isKnown()) {
                    continue;
                }
                double x = AxisPositions.centreOf(step.date());
                if (x >= lowerX && x <= upperX) {
                    milestones.add(new Milestone(a.title(), step.status().label(), SourceLine.date(step.date()), x,
                            FigureText.dateMarks(step.date()), 0));
                }
            }
        }
        milestones.sort(Comparator.comparingDouble(Milestone::x));
        return milestones;
    }

    /**
     * The milestones as they will be labelled on a plot about {@code plotWidth} points wide: in words
     * when that takes at most {@link #MAX_ROWS} rows, else numbered.
     */
    static List<Milestone> labelled(List<Milestone> milestones, double lowerX, double upperX, double plotWidth,
            Font font) {
        if (milestones.isEmpty()) {
            return milestones;
        }
        FontRenderContext frc = new FontRenderContext(new AffineTransform(), true, true);
        List<Double> xs = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (Milestone m : milestones) {
            double x = (m.x() - lowerX) / (upperX - lowerX) * plotWidth;
            double room = Math.max(x, plotWidth - x) - MilestoneLabelLayout.GAP - 4;
            String shown = MilestoneLabelLayout.fitted(m.words(), room, t -> font.getStringBounds(t, frc).getWidth());
            xs.add(x);
            widths.add(font.getStringBounds(shown, frc).getWidth() + MilestoneLabelLayout.GAP + 4);
        }
        int rows = MilestoneLabelLayout.rowCount(MilestoneLabelLayout.place(xs, widths, 0, plotWidth));
        if (rows <= MAX_ROWS) {
            return milestones;
        }
        List<Milestone> numbered = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            numbered.add(milestones.get(i).numbered(i + 1));
        }
        return numbered;
    }

    static ValueMarker line(Milestone m, ChartTheme theme) {
        ValueMarker marker = new ValueMarker(m.x(), ChartTheme.MILESTONE, theme.milestoneStroke(m.uncertainDate()));
        marker.setLabel(null);
        return marker;
    }
}

package org.returnwatch.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.StatusChange;

/** Turns agreements' dated status changes into labelled vertical lines on the year axis. */
final class MilestoneMarkers {

    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 215);

    private MilestoneMarkers() {
    }

    /** One marker per status change with a known date inside [lowerX, upperX], sorted by date. */
    static List<ValueMarker> build(List<Agreement> agreements, double lowerX, double upperX, ChartTheme theme) {
        List<ValueMarker> markers = new ArrayList<>();
        for (Agreement a : agreements) {
            for (StatusChange step : a.statusHistory()) {
                if (!step.date().isKnown()) {
                    continue;
                }
                double x = AxisPositions.centreOf(step.date());
                if (x >= lowerX && x <= upperX) {
                    markers.add(marker(label(a, step), x, theme));
                }
            }
        }
        markers.sort(Comparator.comparingDouble(ValueMarker::getValue));
        return markers;
    }

    static String label(Agreement agreement, StatusChange step) {
        return agreement.title() + ": " + step.status().label();
    }

    private static ValueMarker marker(String label, double x, ChartTheme theme) {
        ValueMarker m = new ValueMarker(x, ChartTheme.MILESTONE, theme.milestoneStroke());
        m.setLabel(label);
        m.setLabelFont(theme.font(ChartTheme.LABEL_SIZE));
        m.setLabelPaint(ChartTheme.TEXT);
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }
}

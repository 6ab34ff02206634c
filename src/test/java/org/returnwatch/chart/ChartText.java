package org.returnwatch.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/** The text a built chart carries under its plot (its subtitles), for tests. */
final class ChartText {

    private ChartText() {
    }

    static List<String> footnotes(JFreeChart chart) {
        return chart.getSubtitles().stream().filter(TextTitle.class::isInstance)
                .map(t -> ((TextTitle) t).getText()).toList();
    }
}

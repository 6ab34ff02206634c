package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Series;

/**
 * What a chart's notes say of figures beyond their marks: figures that cannot both hold, and sizes
 * and trends the sources give in words only, which are quoted rather than drawn.
 */
final class FigureCaveats {

    private FigureCaveats() {
    }

    /**
     * "Figures that cannot both hold: 2008–2014: 2,472 (CBSA documents) and 2008–2020: 6,597 (CBSA FOI data,
     * per Safeguard Defenders) — 2,472 + 2,894 = 5,366, not 6,597." One for each conflict of a figure in
     * the chosen years, drawn or quoted in words (two sources' trends that disagree).
     */
    static List<String> conflicts(ChartRequest request) {
        List<String> notes = new ArrayList<>();
        boolean severalSeries = request.series().size() > 1;
        for (FigureConflict c : request.conflicts()) {
            boolean pointShown = shown(request, c.point());
            boolean otherShown = shown(request, c.other());
            if (!pointShown && !otherShown) {
                continue;
            }
            boolean named = severalSeries || !c.series().id().equals(c.otherSeries().id());
            notes.add(lang("Figures that cannot both hold: {0} and "
                    + "{1}"
                    + "{2}"
                    + "{3}", describe(request, c.series(), c.point(), named), describe(request, c.otherSeries(),
                    c.other(), named), (otherShown ? "" : lang(" (not in this chart)")), (c.note() == null ? "."
                            : " — " + sentence(c.note()))));
        }
        return notes;
    }

    /** "Published in words only, not drawn: 2022: “thousands every year” (Safeguard Defenders); …". */
    static Optional<String> inWords(ChartRequest request) {
        List<String> parts = new ArrayList<>();
        boolean severalSeries = request.series().size() > 1;
        for (Series s : request.series()) {
            for (DataPoint p : s.points()) {
                if (!p.isFigure() && request.covers(p.period())) {
                    parts.add(describe(request, s, p, severalSeries));
                }
            }
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(lang("Published in words only, not drawn: {0}.", String.join("; ", parts)));
    }

    /** Drawn, or quoted in the notes (a size or a trend in words). */
    private static boolean shown(ChartRequest request, DataPoint p) {
        return request.covers(p.period())
                && request.series().stream().anyMatch(s -> s.id().equals(p.seriesId()));
    }

    private static String describe(ChartRequest request, Series s, DataPoint p, boolean named) {
        Figure f = new Figure(s, 0, p, request.sourcesOf(p), 0, 0, 0);
        return (named ? s.name() + ", " : "") + FigureText.period(f) + ": " + p.valueText() + " ("
                + SourceLine.shortCredit(f) + ")";
    }

    private static String sentence(String note) {
        String n = note.strip();
        return n.endsWith(".") ? n : n + ".";
    }
}

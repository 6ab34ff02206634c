package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Source;

/**
 * The source line under a chart. It names, for every plotted figure, who it comes from and the
 * document it was read in ("Safeguard Defenders, via The Globe and Mail, January 2022"), and writes a
 * date the record leaves uncertain as "(date uncertain)", never as a bare question mark.
 */
final class SourceLine {

    private SourceLine() {
    }

    /** "Sources: …; … · Drawn 12 March 2025", the figures' credits in the order given, each once. */
    static String of(List<Figure> figures, LocalDate drawnOn) {
        Set<String> credits = new LinkedHashSet<>();
        figures.forEach(f -> credits.add(credit(f)));
        String sources = credits.isEmpty() ? lang("none recorded") : String.join("; ", credits);
        return (credits.size() == 1 ? lang("Source: ") : lang("Sources: ")) + sources + lang(" · Drawn "
                + "{0}", FuzzyDate.ofDay(drawnOn).toDisplay());
    }

    /** Who a figure comes from and where it was published. */
    static String credit(Figure f) {
        String claimant = f.point().claimedBy();
        if (f.sources().isEmpty()) {
            return claimant == null ? lang(FigureText.NO_SOURCE) : lang("{0} (document not recorded)", claimant);
        }
        Set<String> parts = new LinkedHashSet<>();
        for (Source s : f.sources()) {
            parts.add(credit(claimant, s));
        }
        return String.join("; ", parts);
    }

    private static String credit(String claimant, Source s) {
        if (claimant == null || claimant.isBlank()) {
            return outlet(s);
        }
        String who = s.publisher() == null ? s.title() : s.publisher();
        if (claimant.toLowerCase(Locale.ROOT).contains(who.toLowerCase(Locale.ROOT))) {
            // "CBSA FOI data, per Safeguard Defenders" already names the outlet
            String date = date(s.published());
            return date.isEmpty() ? claimant : claimant + ", " + date;
        }
        return lang("{0}, via {1}", claimant, outlet(s));
    }

    /** Who a figure comes from and where, without the dates: for notes that the source line completes. */
    static String shortCredit(Figure f) {
        String claimant = f.point().claimedBy();
        Set<String> outlets = new LinkedHashSet<>();
        f.sources().forEach(s -> outlets.add(s.publisher() == null ? s.title() : s.publisher()));
        if (claimant == null || claimant.isBlank()) {
            return outlets.isEmpty() ? lang(FigureText.NO_SOURCE) : String.join("; ", outlets);
        }
        outlets.removeIf(o -> claimant.toLowerCase(Locale.ROOT).contains(o.toLowerCase(Locale.ROOT)));
        return outlets.isEmpty() ? claimant : lang("{0}, via {1}", claimant, String.join("; ", outlets));
    }

    /** "The Globe and Mail, January 2022 (date uncertain)". */
    static String outlet(Source s) {
        String who = s.publisher() == null ? s.title() : s.publisher();
        String date = date(s.published());
        return date.isEmpty() ? who : who + ", " + date;
    }

    /** The date as a reader should see it; an uncertain one says so in words. */
    static String date(FuzzyDate d) {
        if (!d.isKnown()) {
            return "";
        }
        return d.withoutMarks().toDisplay() + FigureText.dateMarks(d);
    }
}

package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.returnwatch.chart.MilestoneMarkers.Milestone;
import org.returnwatch.domain.Qualifier;

/**
 * The notes printed under a chart. On paper there are no tooltips, so every convention the chart uses
 * is said here in words, and only those it uses: gaps, which figures a line joins, hedges, ranges,
 * spans, figures set side by side or one under another, figures that conflict, sizes and trends
 * published in words only, uncertain dates, milestones, the layout.
 */
final class ChartNotes {

    private ChartNotes() {
    }

    static List<String> sentences(ChartRequest request, ChartPlan plan, Set<Mark> used, List<Milestone> milestones,
            ChartTheme theme) {
        List<Figure> figures = plan.allFigures();
        List<String> notes = new ArrayList<>();
        if (plan.layout() == ChartLayout.SMALL_MULTIPLES) {
            notes.add(lang(
                    "Each panel has its own scale: compare the shape of each series across panels, not the height "
                    + "of its marks."));
        } else if (plan.layout() == ChartLayout.SECOND_AXIS) {
            notes.add(lang("Series marked \"right axis\" are read against the scale on the right."));
        }
        if (used.contains(Mark.GAP)) {
            if (plan.panels().size() == 1) {
                List<String> years = plan.panels().get(0).gaps().stream().map(ChartPlan.Gap::years).toList();
                notes.add(lang("Hatched grey: no figure was published for {0}"
                        + " (an empty year, not a zero).", joined(years)));
            } else {
                notes.add(lang("Hatched grey: years for which no figure of the panel's series was published (empty, "
                        + "not zero)."));
            }
        }
        if (used.contains(Mark.LINE) || MarksUsed.anyBreak(plan)) {
            notes.add(lang("A line joins only figures for consecutive years from one source; a break or a lone marker "
                    + "means a year without a figure, another source or an uncertain date."));
        }
        hedges(figures, used, theme).ifPresent(notes::add);
        if (used.contains(Mark.ERROR_BAR)) {
            notes.add(lang("Error bars: a range as published, from its low to its high value."));
        }
        if (used.contains(Mark.BAND)) {
            notes.add(lang("Shaded bands: a range as published for a span of years, from its low to its high value."));
        }
        if (used.contains(Mark.BRACKET) || used.contains(Mark.DASHED_BRACKET)) {
            notes.add(lang("Brackets: one figure for the whole span of years they cover, not a yearly value"
                    + "{0}", (used.contains(Mark.DASHED_BRACKET) ? lang("; dashed when the figure is hedged.") : ".")));
        }
        if (figures.stream().anyMatch(Figure::isYearlyRateOverSpan)) {
            notes.add(lang("\"A year\" over a span: a yearly figure that held throughout it."));
        }
        if (figures.stream().anyMatch(f -> f.stack() > 0)) {
            notes.add(lang("Figures for the same span from different sources are drawn one under the other; read each "
                    + "value from its label."));
        }
        notes.addAll(disagreements(figures));
        notes.addAll(FigureCaveats.conflicts(request));
        FigureCaveats.inWords(request).ifPresent(notes::add);
        if (figures.stream().anyMatch(f -> f.point().period().date().approximate())) {
            notes.add(lang("\"(date uncertain)\": the source itself hedges the figure's date."));
        }
        if (figures.stream().anyMatch(f -> f.point().period().date().inferred())) {
            notes.add(lang("\"(date inferred)\": the source prints no date for the figure; it was worked out from the "
                    + "source (when it was published, or what it says around the figure)."));
        }
        if (!milestones.isEmpty()) {
            String key = milestones.get(0).number() > 0 ? lang(", numbered: {0}", milestones.stream()
                    .map(Milestone::keyEntry).collect(Collectors.joining("; "))) : "";
            notes.add(lang("Vertical lines: dated changes in an agreement's status"
                    + "{0}{1}"
                    + ".", (used.contains(Mark.UNCERTAIN_MILESTONE)
                    ? lang(" (dotted where the date is uncertain or inferred)")
                            : ""), key));
        }
        return notes;
    }

    private static Optional<String> hedges(List<Figure> figures, Set<Mark> used, ChartTheme theme) {
        Set<Qualifier> qualifiers = new TreeSet<>();
        figures.stream().filter(Figure::isHedgedValue).forEach(f -> qualifiers.add(f.point().qualifier()));
        boolean bars = used.contains(Mark.HATCHED_BAR);
        boolean points = used.contains(Mark.HOLLOW_POINT);
        if (qualifiers.isEmpty() || !bars && !points) {
            return Optional.empty();
        }
        String marks = bars && points ? lang("Hatched bars and hollow markers") : bars ? lang("Hatched bars")
                : lang("Hollow markers");
        String legend = qualifiers.stream().map(q -> {
            String symbol = FigureText.symbol(q, theme::canDisplay);
            return symbol.equals(q.words()) ? q.words() : symbol + " " + q.words();
        }).collect(Collectors.joining(", "));
        return Optional.of(lang("{0}: figures published with a hedge ({1}).", marks, legend));
    }

    /**
     * "Canada removal inventory, as of 2014: 2,200 (CBSA, via The Globe and Mail, 2020) and about 2,143 (…) —
     * sources differ; both shown side by side."
     */
    static List<String> disagreements(List<Figure> figures) {
        Map<String, List<Figure>> bySlot = new LinkedHashMap<>();
        List<Figure> ordered = new ArrayList<>(figures);
        ordered.sort(Comparator.comparingInt(Figure::colourIndex).thenComparing(f -> f.point().period()));
        for (Figure f : ordered) {
            String slot = f.isSpanTotal() ? f.point().period().toText() : Integer.toString(f.year());
            bySlot.computeIfAbsent(f.colourIndex() + "|" + slot, k -> new ArrayList<>()).add(f);
        }
        long seriesCount = figures.stream().map(Figure::colourIndex).distinct().count();
        List<String> result = new ArrayList<>();
        for (List<Figure> same : bySlot.values()) {
            if (same.stream().map(Figure::provenance).distinct().count() < 2) {
                continue;
            }
            Figure first = same.get(0);
            boolean onePeriod = same.stream().map(f -> f.point().period()).distinct().count() == 1;
            String who = seriesCount > 1 ? first.series().name() + ", " : "";
            String when = onePeriod ? FigureText.period(first) : Integer.toString(first.year());
            String values = same.stream().map(f -> f.point().valueText() + (onePeriod ? ""
                    : " (" + FigureText.period(f) + ")") + lang(" from {0}", SourceLine.shortCredit(f)))
                    .collect(Collectors.joining(same.size() == 2 ? lang(" and ") : "; "));
            String how = first.isSpanTotal() ? lang("all drawn, one under the other.")
                    : lang("all drawn side by side.");
            if (same.size() == 2) {
                how = how.replace("all", "both");
            }
            result.add(who + when + ": " + values + lang(" — sources differ; {0}", how));
        }
        return result;
    }

    private static String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return lang("{0} and {1}", String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
    }
}

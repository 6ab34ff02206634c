package org.returnwatch.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Source;

/**
 * The lines printed under a chart. On paper there are no tooltips, so everything a reader needs to
 * read the marks honestly (hedges, ranges, totals over spans, figures that disagree) is said here.
 */
final class ChartNotes {

    private ChartNotes() {
    }

    static Optional<String> explanation(List<UnitLayers> layers, ChartTheme theme) {
        List<Figure> bars = layers.stream().flatMap(u -> u.bars().allFigures().stream()).toList();
        List<Figure> lines = layers.stream().flatMap(u -> u.lines().allFigures().stream()).toList();
        List<Figure> spans = layers.stream().flatMap(u -> u.spans().allFigures().stream()).toList();
        List<String> sentences = new ArrayList<>();
        hedges(bars, lines, theme).ifPresent(sentences::add);
        ranges(bars, lines).ifPresent(sentences::add);
        if (spans.stream().anyMatch(f -> !f.isYearlyRateOverSpan())) {
            sentences.add("Brackets: one total for the whole span of years, not a yearly value.");
        }
        if (spans.stream().anyMatch(Figure::isYearlyRateOverSpan)) {
            sentences.add("Brackets marked \"a year\": a yearly figure that held throughout the span.");
        }
        sentences.addAll(disagreements(sorted(layers)));
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    private static Optional<String> hedges(List<Figure> bars, List<Figure> lines, ChartTheme theme) {
        Set<Qualifier> used = new java.util.TreeSet<>();
        boolean inBars = collectHedges(bars, used);
        boolean inLines = collectHedges(lines, used);
        if (used.isEmpty()) {
            return Optional.empty();
        }
        String marks = inBars && inLines ? "Hatched bars and hollow diamonds" : inBars ? "Hatched bars" : "Hollow diamonds";
        String legend = used.stream()
                .map(q -> {
                    String symbol = FigureText.symbol(q, theme::canDisplay);
                    return symbol.equals(q.words()) ? q.words() : symbol + " " + q.words();
                })
                .collect(Collectors.joining(", "));
        return Optional.of(marks + ": hedged figures (" + legend + ").");
    }

    private static boolean collectHedges(List<Figure> figures, Set<Qualifier> used) {
        boolean any = false;
        for (Figure f : figures) {
            if (f.isHedged() && !f.isRange()) {
                used.add(f.point().qualifier());
                any = true;
            }
        }
        return any;
    }

    private static Optional<String> ranges(List<Figure> bars, List<Figure> lines) {
        boolean inBars = bars.stream().anyMatch(Figure::isRange);
        boolean inLines = lines.stream().anyMatch(Figure::isRange);
        if (!inBars && !inLines) {
            return Optional.empty();
        }
        String marks = inBars && inLines ? "Floating bars and whiskers" : inBars ? "Floating hatched bars" : "Whiskers";
        return Optional.of(marks + ": a published range, low–high.");
    }

    /** "2014: 2,200 (CBSA, 2016) and 2,143 (Globe and Mail, 2017) — sources differ; both shown." */
    private static List<String> disagreements(List<Figure> figures) {
        Map<String, List<Figure>> byPeriod = new LinkedHashMap<>();
        long seriesCount = figures.stream().map(Figure::colourIndex).distinct().count();
        for (Figure f : figures) {
            byPeriod.computeIfAbsent(f.colourIndex() + "|" + f.point().period().toText(), k -> new ArrayList<>()).add(f);
        }
        List<String> result = new ArrayList<>();
        for (List<Figure> same : byPeriod.values()) {
            if (same.size() < 2) {
                continue;
            }
            ReportingPeriod period = same.get(0).point().period();
            String who = seriesCount > 1 ? same.get(0).series().name() + ", " : "";
            String values = same.stream()
                    .map(f -> f.point().valueText() + " (" + FigureText.citations(f.sources()) + ")")
                    .collect(Collectors.joining(" and "));
            result.add(who + period.toDisplay() + ": " + values + " — sources differ; both shown.");
        }
        return result;
    }

    /** "Sources: CBSA, 2016; Globe and Mail, 3 May 2017 · Drawn 12 March 2025". */
    static String sourceLine(List<UnitLayers> layers, LocalDate drawnOn) {
        Set<String> citations = new LinkedHashSet<>();
        for (Figure f : sorted(layers)) {
            f.sources().stream().map(Source::shortCitation).forEach(citations::add);
        }
        String sources = citations.isEmpty() ? "none recorded" : String.join("; ", citations);
        return "Sources: " + sources + " · Drawn " + FuzzyDate.ofDay(drawnOn).toDisplay();
    }

    private static List<Figure> sorted(List<UnitLayers> layers) {
        return layers.stream().flatMap(u -> u.allFigures().stream())
                .sorted(Comparator.comparingInt(Figure::colourIndex).thenComparing(f -> f.point().period()))
                .toList();
    }
}

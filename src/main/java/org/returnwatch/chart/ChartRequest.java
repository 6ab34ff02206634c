package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.Texts;

/**
 * Everything a chart is drawn from, in domain terms only, so that the command line and the window
 * draw the same chart from the same request.
 *
 * @param title          the chart title; blank means the default title ({@link #displayTitle()})
 * @param series         the series to draw, in legend order
 * @param type           AUTO, BAR or LINE
 * @param fromYear       first year shown (inclusive), or null for "from the first point"
 * @param toYear         last year shown (inclusive), or null for "to the last point"
 * @param milestones     agreements whose dated status changes are marked on the time axis
 * @param sourcesByPoint each data point's id → the sources it is cited from
 * @param drawnOn        the date printed in the source line
 * @param layout         how the series share the chart (AUTO chooses)
 * @param palette        colour-blind-safe (default) or grey-scale
 * @param conflicts      figures that cannot both hold, one of them in the chosen series
 */
public record ChartRequest(String title, List<Series> series, ChartType type, Integer fromYear, Integer toYear,
        List<Agreement> milestones, Map<UUID, List<Source>> sourcesByPoint, LocalDate drawnOn, ChartLayout layout,
        ChartPalette palette, List<FigureConflict> conflicts) {

    public ChartRequest {
        title = Texts.clean(title);
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            throw new IllegalArgumentException(lang("choose at least one series to chart"));
        }
        series = List.copyOf(series);
        type = Objects.requireNonNullElse(type, ChartType.AUTO);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException(lang("the first year ({0}) is after the last year ({1}"
                    + ")", fromYear, toYear));
        }
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        Map<UUID, List<Source>> copy = new LinkedHashMap<>();
        if (sourcesByPoint != null) {
            sourcesByPoint.forEach((id, sources) -> copy.put(id, sources == null ? List.of() : List.copyOf(sources)));
        }
        sourcesByPoint = Map.copyOf(copy);
        Objects.requireNonNull(drawnOn, "drawn on");
        layout = Objects.requireNonNullElse(layout, ChartLayout.AUTO);
        palette = Objects.requireNonNullElse(palette, ChartPalette.COLOUR_BLIND_SAFE);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public ChartRequest(String title, List<Series> series, ChartType type, Integer fromYear, Integer toYear,
            List<Agreement> milestones, Map<UUID, List<Source>> sourcesByPoint, LocalDate drawnOn, ChartLayout layout,
            ChartPalette palette) {
        this(title, series, type, fromYear, toYear, milestones, sourcesByPoint, drawnOn, layout, palette, List.of());
    }

    /** A request with the automatic layout and the colour-blind-safe palette. */
    public ChartRequest(String title, List<Series> series, ChartType type, Integer fromYear, Integer toYear,
            List<Agreement> milestones, Map<UUID, List<Source>> sourcesByPoint, LocalDate drawnOn) {
        this(title, series, type, fromYear, toYear, milestones, sourcesByPoint, drawnOn, ChartLayout.AUTO,
                ChartPalette.COLOUR_BLIND_SAFE);
    }

    /** A request for all years, AUTO type and layout, no milestones and no title of its own. */
    public static ChartRequest of(List<Series> series, Map<UUID, List<Source>> sourcesByPoint, LocalDate drawnOn) {
        return new ChartRequest(null, series, ChartType.AUTO, null, null, List.of(), sourcesByPoint, drawnOn);
    }

    public ChartRequest withTitle(String newTitle) {
        return new ChartRequest(newTitle, series, type, fromYear, toYear, milestones, sourcesByPoint, drawnOn, layout,
                palette, conflicts);
    }

    public ChartRequest withType(ChartType newType) {
        return new ChartRequest(title, series, newType, fromYear, toYear, milestones, sourcesByPoint, drawnOn, layout,
                palette, conflicts);
    }

    public ChartRequest withYears(Integer from, Integer to) {
        return new ChartRequest(title, series, type, from, to, milestones, sourcesByPoint, drawnOn, layout, palette,
                conflicts);
    }

    public ChartRequest withMilestones(List<Agreement> agreements) {
        return new ChartRequest(title, series, type, fromYear, toYear, agreements, sourcesByPoint, drawnOn, layout,
                palette, conflicts);
    }

    public ChartRequest withLayout(ChartLayout newLayout) {
        return new ChartRequest(title, series, type, fromYear, toYear, milestones, sourcesByPoint, drawnOn,
                newLayout, palette, conflicts);
    }

    public ChartRequest withPalette(ChartPalette newPalette) {
        return new ChartRequest(title, series, type, fromYear, toYear, milestones, sourcesByPoint, drawnOn, layout,
                newPalette, conflicts);
    }

    public ChartRequest withConflicts(List<FigureConflict> newConflicts) {
        return new ChartRequest(title, series, type, fromYear, toYear, milestones, sourcesByPoint, drawnOn, layout,
                palette, newConflicts);
    }

    /** The title to print: the given one, else {@link #defaultTitle()}. */
    public String displayTitle() {
        return title != null ? title : defaultTitle();
    }

    /**
     * What the chart shows, in words: a single series' name; for several, their names with the words
     * they share said once ("Canada and U.S. removal inventory: Chinese nationals") and the years.
     */
    public String defaultTitle() {
        return DefaultTitle.of(this);
    }

    public List<Source> sourcesOf(DataPoint point) {
        return sourcesByPoint.getOrDefault(point.id(), List.of());
    }

    /** True if the period overlaps the chosen years: a span reaching into the range is kept whole. */
    public boolean covers(ReportingPeriod period) {
        boolean afterStart = fromYear == null || period.endYear() >= fromYear;
        boolean beforeEnd = toYear == null || period.startYear() <= toYear;
        return afterStart && beforeEnd;
    }
}

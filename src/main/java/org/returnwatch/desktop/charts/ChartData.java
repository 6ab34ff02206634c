package org.returnwatch.desktop.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.PointSources;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.SavedChart;
import org.returnwatch.domain.Series;
import org.returnwatch.store.Store;

/** The screen's reads from the database; run on the background thread only. */
final class ChartData {
    private ChartData() {
    }

    /** Everything the screen's lists show. */
    record Lists(List<ChartChoice> series, List<ChartChoice> agreements, List<Integer> years,
                 List<SavedChart> saved) {
    }

    /** A request and the chart drawn from it. */
    record Drawn(ChartRequest request, JFreeChart chart) {
    }

    static Lists lists(Store store) {
        return store.read(tx -> {
            List<Series> series = store.series().all(tx);
            TreeSet<Integer> years = new TreeSet<>();
            for (Series s : series) {
                for (DataPoint p : s.points()) {
                    years.add(p.period().startYear());
                    years.add(p.period().endYear());
                }
            }
            // one continuous run of years, so a range may start or end where no figure is published
            List<Integer> run = new ArrayList<>();
            if (!years.isEmpty()) {
                for (int y = years.first(); y <= years.last(); y++) {
                    run.add(y);
                }
            }
            List<ChartChoice> seriesChoices = series.stream().map(s -> new ChartChoice(s.id(), s.ref() + "  "
                    + s.name() + " (" + s.unit() + ", " + s.measure().name().toLowerCase(Locale.ROOT) + ")")).toList();
            List<ChartChoice> agreementChoices = store.agreements().all(tx).stream()
                    .map(a -> new ChartChoice(a.id(), a.ref() + "  " + a.title())).toList();
            return new Lists(seriesChoices, agreementChoices, run, store.savedCharts().all(tx));
        });
    }

    /**
     * Reads the chosen series and agreements as they are now and builds the request and chart, as the
     * {@code chart} command does; records deleted since they were chosen are left out.
     *
     * @throws IllegalArgumentException if nothing is left to draw or the series are in more than two units
     */
    static Drawn draw(Store store, ChartService charts, ChartDefinition d, LocalDate today) {
        ChartRequest request = store.read(tx -> {
            List<Series> series = new ArrayList<>();
            d.seriesIds().forEach(id -> store.series().find(tx, id).ifPresent(series::add));
            List<Citation> citations = store.citations().forSeriesAndPoints(tx, series);
            List<Agreement> agreements = new ArrayList<>();
            d.agreementIds().forEach(id -> store.agreements().find(tx, id).ifPresent(agreements::add));
            return ChartRequest.of(series, PointSources.from(series, citations, store.sources().all(tx)), today)
                    .withTitle(d.title()).withType(d.type()).withYears(d.fromYear(), d.toYear())
                    .withMilestones(agreements);
        });
        return new Drawn(request, charts.build(request));
    }
}

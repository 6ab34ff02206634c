package org.returnwatch.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.FigureConflict;
import org.returnwatch.chart.PointSources;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.SavedChart;
import org.returnwatch.domain.Series;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/** What charts are drawn from: the series and agreements to choose, the figures as they are now, saved charts. */
public final class ChartData {
    private final Store store;

    ChartData(Store store) {
        this.store = store;
    }

    /** Everything the Charts screen's lists show. */
    public record Lists(List<ChartOption> series, List<ChartOption> agreements, List<Integer> years,
                        List<SavedChart> saved) {
    }

    public Lists lists() {
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
            List<ChartOption> seriesOptions = series.stream().map(s -> new ChartOption(s.id(), s.ref() + "  "
                    + s.name() + " (" + s.unit() + ", " + s.measure().name().toLowerCase(Locale.ROOT) + ")")).toList();
            List<ChartOption> agreementOptions = store.agreements().all(tx).stream()
                    .map(a -> new ChartOption(a.id(), a.ref() + "  " + a.title())).toList();
            return new Lists(seriesOptions, agreementOptions, run, store.savedCharts().all(tx));
        });
    }

    /**
     * The chosen series and agreements as they are now, as the request the chart is drawn from;
     * records deleted since they were chosen are left out.
     *
     * @throws IllegalArgumentException if nothing is left to draw
     */
    public ChartRequest request(ChartDefinition d, LocalDate today) {
        return store.read(tx -> {
            List<Series> series = new ArrayList<>();
            d.seriesIds().forEach(id -> store.series().find(tx, id).ifPresent(series::add));
            List<Citation> citations = store.citations().forSeriesAndPoints(tx, series);
            List<Agreement> agreements = new ArrayList<>();
            d.agreementIds().forEach(id -> store.agreements().find(tx, id).ifPresent(agreements::add));
            return d.applyTo(ChartRequest.of(series, PointSources.from(series, citations, store.sources().all(tx)),
                    today).withMilestones(agreements).withConflicts(conflicts(store, tx, series)));
        });
    }

    /** The figures of {@code series} that conflict with another figure, as the notes of their chart say. */
    public static List<FigureConflict> conflicts(Store store, Transaction tx, List<Series> series) {
        List<Link> links = new ArrayList<>();
        series.forEach(s -> s.points().forEach(p -> links.addAll(store.links().touching(tx, p.id()))));
        return FigureConflict.among(series, links, id -> store.points().find(tx, id),
                id -> store.series().find(tx, id));
    }

    /** The saved chart of this name, if there is one. */
    public Optional<SavedChart> saved(String name) {
        return store.read(tx -> store.savedCharts().findByName(tx, name));
    }

    /** Saves a definition under its name, replacing one of that name; answers every saved chart. */
    public List<SavedChart> save(SavedChart chart) {
        return store.write(tx -> {
            store.savedCharts().save(tx, chart);
            return store.savedCharts().all(tx);
        });
    }

    public List<SavedChart> delete(UUID id) {
        return store.write(tx -> {
            store.savedCharts().delete(tx, id);
            return store.savedCharts().all(tx);
        });
    }
}

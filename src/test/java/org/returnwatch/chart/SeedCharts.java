package org.returnwatch.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.Store;

/**
 * The seed dataset as a new user has it: loaded into a real encrypted database in a temporary folder
 * (once per test run), its series, agreements, citations and sources read back to build requests.
 */
final class SeedCharts {

    static final LocalDate DRAWN_ON = LocalDate.of(2025, 3, 12);

    /** The charts of the README and of the report, each by a name. */
    static final Map<String, List<String>> EXAMPLES = Map.of(
            "returns", List.of("RW-S-0001"),
            "returns-and-sky-net", List.of("RW-S-0001", "RW-S-0002"),
            "sky-net", List.of("RW-S-0002"),
            "inventories", List.of("RW-S-0004", "RW-S-0011"),
            "canada-inventory", List.of("RW-S-0004"),
            "removals", List.of("RW-S-0006", "RW-S-0007"),
            "asylum", List.of("RW-S-0014", "RW-S-0015"));

    private static SeedCharts instance;

    private final List<Series> series;
    private final List<Agreement> agreements;
    private final Map<UUID, List<Source>> sources;

    private SeedCharts(List<Series> series, List<Agreement> agreements, Map<UUID, List<Source>> sources) {
        this.series = series;
        this.agreements = agreements;
        this.sources = sources;
    }

    static synchronized SeedCharts get() {
        if (instance == null) {
            instance = load();
        }
        return instance;
    }

    private static SeedCharts load() {
        try {
            Path dir = Files.createTempDirectory("seed-charts");
            try (Store store = SeededTemplate.create(dir)) {
                return store.read(tx -> {
                    List<Series> all = store.series().all(tx);
                    List<Citation> citations = store.citations().forSeriesAndPoints(tx, all);
                    Map<UUID, List<Source>> bySource = PointSources.from(all, citations, store.sources().all(tx));
                    return new SeedCharts(all, store.agreements().all(tx), bySource);
                });
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Series series(String ref) {
        return series.stream().filter(s -> s.ref().equals(Reference.parse(ref))).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + ref + " in the seed"));
    }

    Agreement agreement(String ref) {
        return agreements.stream().filter(a -> a.ref().equals(Reference.parse(ref))).findFirst()
                .orElseThrow(() -> new AssertionError("no agreement " + ref + " in the seed"));
    }

    ChartRequest request(String... refs) {
        List<Series> chosen = new ArrayList<>();
        Arrays.stream(refs).forEach(r -> chosen.add(series(r)));
        return ChartRequest.of(chosen, sources, DRAWN_ON);
    }

    ChartRequest example(String name) {
        return request(EXAMPLES.get(name).toArray(String[]::new));
    }

    List<Agreement> agreements(String... refs) {
        return Arrays.stream(refs).map(this::agreement).toList();
    }
}

package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.SavedChart;
import org.returnwatch.domain.Series;
import org.returnwatch.seed.SeededTemplate;

/** Saved chart definitions against a real encrypted H2 file holding the seed dataset. */
class SavedChartRepositoryTest {
    @TempDir
    Path dir;
    Store store;
    List<Series> series;
    List<Agreement> agreements;

    @BeforeEach
    void open() {
        store = SeededTemplate.create(dir);
        series = store.read(tx -> store.series().all(tx));
        agreements = store.read(tx -> store.agreements().all(tx));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<SavedChart> all() {
        return store.read(tx -> store.savedCharts().all(tx));
    }

    private java.util.Optional<SavedChart> byName(String name) {
        return store.read(tx -> store.savedCharts().findByName(tx, name));
    }

    private SavedChart chart(String name, Series... chosen) {
        return new SavedChart(UUID.randomUUID(), name, "Returns per year", "BAR",
                List.of(chosen).stream().map(Series::id).toList(), List.of(agreements.get(0).id()), 2014, 2020,
                "SECOND_AXIS", "GREYSCALE");
    }

    @Test
    void roundTripsEveryFieldAndSurvivesReopening() {
        SavedChart saved = store.write(tx -> store.savedCharts().save(tx, chart("Fox Hunt returns", series.get(1),
                series.get(0))));
        store.close();
        store = TestDatabases.open(dir);
        SavedChart read = store.read(tx -> store.savedCharts().findByName(tx, "Fox Hunt returns")).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.seriesIds()).containsExactly(series.get(1).id(), series.get(0).id());
        assertThat(read.agreementIds()).containsExactly(agreements.get(0).id());
        assertThat(read.fromYear()).isEqualTo(2014);
        assertThat(read.toYear()).isEqualTo(2020);
        assertThat(read.type()).isEqualTo("BAR");
        assertThat(read.layout()).isEqualTo("SECOND_AXIS");
        assertThat(read.palette()).isEqualTo("GREYSCALE");
    }

    @Test
    void savingAgainChangesTheLayoutAndPalette() {
        store.write(tx -> store.savedCharts().save(tx, chart("Backlog", series.get(0))));
        SavedChart plain = new SavedChart(UUID.randomUUID(), "Backlog", null, "AUTO", List.of(series.get(0).id()),
                List.of(), null, null);
        store.write(tx -> store.savedCharts().save(tx, plain));
        SavedChart read = byName("Backlog").orElseThrow();
        assertThat(read.layout()).isEqualTo("AUTO");
        assertThat(read.palette()).isEqualTo("COLOUR_BLIND_SAFE");
    }

    @Test
    void openYearsAndNoTitleStayEmpty() {
        SavedChart open = new SavedChart(UUID.randomUUID(), "All years", null, "AUTO", List.of(series.get(0).id()),
                List.of(), null, null);
        store.write(tx -> store.savedCharts().save(tx, open));
        SavedChart read = store.read(tx -> store.savedCharts().findByName(tx, "all years")).orElseThrow();
        assertThat(read).isEqualTo(open);
    }

    @Test
    void savingUnderTheSameNameReplacesAndKeepsTheId() {
        SavedChart first = store.write(tx -> store.savedCharts().save(tx, chart("Backlog", series.get(0))));
        SavedChart second = store.write(tx -> store.savedCharts().save(tx, chart("Backlog", series.get(2))));
        assertThat(second.id()).isEqualTo(first.id());
        List<SavedChart> all = all();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).seriesIds()).containsExactly(series.get(2).id());
    }

    @Test
    void listsByNameAndDeletes() {
        store.write(tx -> store.savedCharts().save(tx, chart("b chart", series.get(0))));
        SavedChart a = store.write(tx -> store.savedCharts().save(tx, chart("A chart", series.get(0))));
        assertThat(all()).extracting(SavedChart::name)
                .containsExactly("A chart", "b chart");
        boolean deleted = store.write(tx -> store.savedCharts().delete(tx, a.id()));
        assertThat(deleted).isTrue();
        assertThat(all()).extracting(SavedChart::name)
                .containsExactly("b chart");
        assertThat(byName("A chart")).isEmpty();
    }

    @Test
    void aDeletedSeriesDropsOutOfTheChart() {
        Series gone = series.get(0);
        store.write(tx -> store.savedCharts().save(tx, chart("Two", gone, series.get(1))));
        store.write(tx -> {
            store.series().delete(tx, gone.id(), gone.version());
            return null;
        });
        SavedChart read = store.read(tx -> store.savedCharts().findByName(tx, "Two")).orElseThrow();
        assertThat(read.seriesIds()).containsExactly(series.get(1).id());
    }

    @Test
    void refusesAnUnknownSeriesAndABlankName() {
        SavedChart unknown = new SavedChart(UUID.randomUUID(), "Ghost", null, "AUTO", List.of(UUID.randomUUID()),
                List.of(), null, null);
        assertThatThrownBy(() -> store.write(tx -> store.savedCharts().save(tx, unknown)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(all()).isEmpty();
        assertThatThrownBy(() -> chart("  ", series.get(0))).isInstanceOf(IllegalArgumentException.class);
    }
}

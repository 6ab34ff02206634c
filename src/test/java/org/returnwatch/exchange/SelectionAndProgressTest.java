package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.CaseSearch;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.CancelledException;
import org.returnwatch.work.ProgressListener;

/**
 * An export of what a search selected carries what it needs and imports on its own; long work
 * reports progress and stops when cancelled, and a cancelled import writes nothing.
 */
class SelectionAndProgressTest {
    @TempDir
    static Path dir;
    static Store seeded;
    static final JsonExchange json = new JsonExchange();
    static final Exports exports = new Exports(json);

    @BeforeAll
    static void seed() {
        seeded = SeededTemplate.create(dir);
    }

    @AfterAll
    static void close() {
        seeded.close();
    }

    @Test
    void aSearchedCaseComesWithItsStoryAndImportsIntoAnEmptyDatabase() throws Exception {
        Path out = dir.resolve("garratt.json");
        exports.export(seeded, new Exports.Request(Exports.Format.JSON, out,
                new Selection(Set.of(RecordKind.CASE), "garratt"), null), ProgressListener.NONE);
        JsonNode doc = json.mapper().readTree(out.toFile());
        List<String> refs = new ArrayList<>();
        doc.get("cases").forEach(c -> refs.add(c.get("ref").asText()));
        assertThat(doc.get("cases")).extracting(c -> c.get("name").asText()).contains("Kevin and Julia Garratt")
                .doesNotContain("Xie Weidong");
        assertThat(doc.get("incidents")).isNotEmpty().allSatisfy(i -> assertThat(refs).contains(i.get("case")
                .asText()));
        assertThat(doc.get("citations")).isNotEmpty();
        assertThat(doc.get("sources")).isNotEmpty();
        assertThat(doc.get("series")).isEmpty();
        try (Store empty = TestDatabases.create(Files.createDirectories(dir.resolve("partner")))) {
            ImportBatch batch = json.importFile(empty, out);
            assertThat(batch.cases()).hasSize(doc.get("cases").size());
            assertThat(batch.links()).hasSize(doc.get("links").size());
        }
    }

    @Test
    void theCaseTablesFiltersChooseTheCasesAnExportTakes() throws Exception {
        CaseQuery inCanada = new CaseQuery(null, Set.of(), Set.of("Canada"), Set.of(), Set.of(), Set.of(), Set.of(),
                CaseQuery.CaseSort.NAME, true);
        Path out = dir.resolve("canada.json");
        exports.export(seeded, new Exports.Request(Exports.Format.JSON, out, Selection.ofCases(inCanada).onlyThese(),
                null), ProgressListener.NONE);
        JsonNode doc = json.mapper().readTree(out.toFile());
        List<String> exported = new ArrayList<>();
        doc.get("cases").forEach(c -> exported.add(c.get("name").asText()));
        List<String> shown = seeded.read(tx -> new CaseSearch(seeded.cases()).page(tx, inCanada, 0, 100)).stream()
                .map(c -> c.name()).toList();
        assertThat(shown).hasSize(6);
        assertThat(exported).containsExactlyInAnyOrderElementsOf(shown);
        assertThat(doc.get("cases"))
                .allSatisfy(c -> assertThat(c.get("residenceCountry").asText()).isEqualTo("Canada"));
        assertThat(doc.get("incidents")).isNotEmpty();

        Path withLinked = dir.resolve("canada-linked.json");
        exports.export(seeded, new Exports.Request(Exports.Format.JSON, withLinked, Selection.ofCases(inCanada), null),
                ProgressListener.NONE);
        List<String> alsoLinked = new ArrayList<>();
        json.mapper().readTree(withLinked.toFile()).get("cases").forEach(c -> alsoLinked.add(c.get("name").asText()));
        assertThat(alsoLinked).containsAll(shown).contains("John Doe-1");

        Path narrowed = dir.resolve("canada-xie.json");
        exports.export(seeded, new Exports.Request(Exports.Format.JSON, narrowed,
                Selection.ofCases(inCanada.withText("xie")), null), ProgressListener.NONE);
        assertThat(json.mapper().readTree(narrowed.toFile()).get("cases")).extracting(c -> c.get("name").asText())
                .containsExactly("Xie Weidong");
        assertThat(Selection.ofCases(CaseQuery.ALL).isAll()).isFalse();
    }

    @Test
    void aSearchOverEveryKindTakesTheSeriesWithAllTheirPoints() throws Exception {
        Path out = dir.resolve("backlog.zip");
        exports.export(seeded,
                new Exports.Request(Exports.Format.CSV, out, Selection.of(List.of(), "removal inventory"),
                null), ProgressListener.NONE);
        try (Store empty = TestDatabases.create(Files.createDirectories(dir.resolve("backlog")))) {
            new CsvImport(json.mapper()).importPath(empty, out, ProgressListener.NONE);
            var series = empty.read(tx -> empty.series().all(tx));
            assertThat(series).extracting(s -> s.name()).contains("Canada removal inventory: Chinese nationals");
            assertThat(series.stream().filter(s -> s.name().startsWith("Canada removal")).findFirst().orElseThrow()
                    .points()).hasSize(6);
        }
    }

    @Test
    void progressRunsUpToTheTotalOfCheckingAndWriting() throws Exception {
        Path doc = dir.resolve("all.json");
        json.exportTo(seeded, doc);
        List<long[]> calls = new ArrayList<>();
        try (Store empty = TestDatabases.create(Files.createDirectories(dir.resolve("progress")))) {
            json.importFile(empty, doc, listener(calls, Long.MAX_VALUE));
        }
        long total = calls.get(0)[1];
        JsonNode d = json.mapper().readTree(doc.toFile());
        long records = 0;
        for (JsonNode array : d) {
            records += array.isArray() ? array.size() : 0;
        }
        for (JsonNode s : d.get("series")) {
            records += s.get("points").size();
        }
        assertThat(total).isEqualTo(2 * records);
        assertThat(calls).hasSize((int) total);
        assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(total);
    }

    @Test
    void aCancelledImportWritesNothingEvenWhenCancelledWhileWriting() throws Exception {
        Path doc = dir.resolve("cancel.json");
        Path csv = dir.resolve("cancel-csv");
        json.exportTo(seeded, doc);
        new CsvExport(json.mapper()).write(new DatasetReader(seeded).read(Selection.ALL, ProgressListener.NONE), csv,
                ProgressListener.NONE);
        try (Store empty = TestDatabases.create(Files.createDirectories(dir.resolve("cancel")))) {
            String before = json.exportDocument(empty).toString();
            assertThatThrownBy(() -> json.importFile(empty, doc, listener(new ArrayList<>(), 900)))
                    .isInstanceOf(CancelledException.class).hasMessage("cancelled; nothing was written");
            assertThatThrownBy(() -> new CsvImport(json.mapper()).importPath(empty, csv,
                    listener(new ArrayList<>(), 100))).isInstanceOf(CancelledException.class);
            assertThat(json.exportDocument(empty).toString()).isEqualTo(before);
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Path out = dir.resolve("cancelled.json");
        Path folder = dir.resolve("cancelled-csv");
        assertThatThrownBy(() -> exports.export(seeded, new Exports.Request(Exports.Format.JSON, out, Selection.ALL,
                null), listener(new ArrayList<>(), 50))).isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> exports.export(seeded, new Exports.Request(Exports.Format.CSV, folder, Selection.ALL,
                RedactionProfile.standard()), listener(new ArrayList<>(), 50))).isInstanceOf(CancelledException.class);
        assertThat(out).doesNotExist();
        assertThat(folder).doesNotExist();
        assertThat(dir.resolve("cancelled.json.part")).doesNotExist();
    }

    /** Records every call; asks to cancel once {@code cancelAfter} calls were made. */
    private static ProgressListener listener(List<long[]> calls, long cancelAfter) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                calls.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return calls.size() >= cancelAfter;
            }
        };
    }
}

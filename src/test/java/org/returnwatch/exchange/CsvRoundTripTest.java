package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/** CSV export → import into an empty database → JSON export equals the JSON export of the original. */
class CsvRoundTripTest {
    @TempDir
    Path dir;
    Store seeded;
    final JsonExchange json = new JsonExchange();
    final CsvExport csvOut = new CsvExport(json.mapper());
    final CsvImport csvIn = new CsvImport(json.mapper());

    @BeforeEach
    void seed() throws Exception {
        seeded = SeededTemplate.create(Files.createDirectories(dir.resolve("a")));
    }

    @AfterEach
    void close() {
        seeded.close();
    }

    @Test
    void wholeSeedDatasetRoundTripsThroughAFolder() throws Exception {
        assertRoundTrip(dir.resolve("export"));
        assertThat(dir.resolve("export/cases.csv")).exists();
        assertThat(dir.resolve("export/agreement_status.csv")).exists();
    }

    @Test
    void wholeSeedDatasetRoundTripsThroughAZip() throws Exception {
        assertRoundTrip(dir.resolve("export.zip"));
    }

    @Test
    void importingTheSameExportAgainUpdatesInsteadOfDuplicating() {
        Path out = dir.resolve("again");
        csvOut.write(new DatasetReader(seeded).read(Selection.ALL, ProgressListener.NONE), out, ProgressListener.NONE);
        Map<RecordKind, Integer> before = seeded.read(seeded::counts);
        ImportBatch again = csvIn.importPath(seeded, out, ProgressListener.NONE);
        assertThat(again.size()).isPositive();
        assertThat(seeded.<Map<RecordKind, Integer>>read(seeded::counts)).isEqualTo(before);
    }

    private void assertRoundTrip(Path out) throws Exception {
        csvOut.write(new DatasetReader(seeded).read(Selection.ALL, ProgressListener.NONE), out, ProgressListener.NONE);
        try (Store empty = TestDatabases.create(Files.createDirectories(dir.resolve("b-" + out.getFileName())))) {
            csvIn.importPath(empty, out, ProgressListener.NONE);
            JsonNode original = json.exportDocument(seeded);
            JsonNode copy = json.exportDocument(empty);
            assertThat(copy).isEqualTo(original);
            assertThat(copy.get("citations").size()).isEqualTo(421);
        }
    }
}

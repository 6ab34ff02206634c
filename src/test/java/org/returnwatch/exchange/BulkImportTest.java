package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.ImmigrationStatus;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.RiskLevel;
import org.returnwatch.domain.TargetCategory;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * The bulk import writes exactly what writing the same records one by one through the repositories
 * (as a save does) writes: the same records, reference codes, versions, history entries and seals.
 */
class BulkImportTest {
    private static final Path SEED = Path.of("seeds/seed.json");
    @TempDir
    Path dir;
    final JsonExchange exchange = new JsonExchange();
    Store bulk;
    Store oneByOne;

    @BeforeEach
    void open() throws Exception {
        Files.createDirectories(dir.resolve("bulk"));
        Files.createDirectories(dir.resolve("single"));
        bulk = TestDatabases.create(dir.resolve("bulk"));
        oneByOne = TestDatabases.create(dir.resolve("single"));
        // the same hand-made case in both, holding a code the synthetic document also uses
        Case mine = new Case(UUID.fromString("00000000-0000-4000-8000-000000000042"), new Reference(RecordKind.CASE,
                20), 0, "Hand Made", null, List.of(), false, CaseKind.INDIVIDUAL, null, "China", "Canada", "Toronto",
                List.of(), ImmigrationStatus.UNKNOWN, TargetCategory.UNKNOWN, null, null, Campaign.UNKNOWN,
                List.of(OutcomeChange.of(Outcome.UNKNOWN)), RiskLevel.UNKNOWN, "entered by hand");
        for (Store s : List.of(bulk, oneByOne)) {
            s.write(tx -> s.cases().insert(tx, mine));
        }
    }

    @AfterEach
    void close() {
        bulk.close();
        oneByOne.close();
    }

    @Test
    void bulkAndOneByOneImportsLeaveTheSameDatabase() throws Exception {
        Path synthetic = SyntheticDataset.write(dir.resolve("synthetic.json"), 1, 80);

        // every kind of record (the seed has agreements, series, links …), then codes the seed already holds
        importBoth(SEED);
        importBoth(synthetic);
        assertSame();
        // RW-C-000001 … 14 name the seed's cases (same derived identifiers): those are updated
        assertThat(cases(bulk)).isEqualTo(1 + 80);
        assertThat(bulk.read(tx -> bulk.cases().findByRef(tx, new Reference(RecordKind.CASE, 20))).orElseThrow()
                .name()).as("the hand-made case keeps its code").isEqualTo("Hand Made");

        // again: every record is updated (version 2, an UPDATE entry), none added
        importBoth(synthetic);
        assertSame();
        // RW-C-000001 … 14 name the seed's cases (same derived identifiers): those are updated
        assertThat(cases(bulk)).isEqualTo(1 + 80);
        assertThat(exchange.exportDocument(bulk).get("cases").findValues("version"))
                .anyMatch(v -> v.asLong() == 2);

        assertThat(bulk.verify().problems()).isEmpty();
        assertThat(oneByOne.verify().problems()).isEmpty();
    }

    @Test
    void aDocumentOverlappingAnEarlierOneUpdatesSomeAndAddsTheRest() throws Exception {
        importBoth(SyntheticDataset.write(dir.resolve("first.json"), 1, 30));
        importBoth(SyntheticDataset.write(dir.resolve("overlap.json"), 25, 10));
        assertSame();
        assertThat(cases(bulk)).isEqualTo(1 + 34);
        assertThat(bulk.verify().problems()).isEmpty();
        assertThat(oneByOne.verify().problems()).isEmpty();
    }

    private static int cases(Store s) {
        return s.read(tx -> s.cases().count(tx, null));
    }

    private void importBoth(Path doc) {
        exchange.importFile(bulk, doc);
        ImportBatch checked = exchange.check(oneByOne, doc);
        new BatchWriter(oneByOne, false).write(checked, new ProgressCounter(ProgressListener.NONE, checked.size()),
                "import of " + doc.getFileName());
    }

    private void assertSame() {
        assertThat(exchange.exportDocument(bulk)).isEqualTo(exchange.exportDocument(oneByOne));
        assertThat(history(bulk)).isEqualTo(history(oneByOne)).isNotEmpty();
    }

    /** Every history entry but its time: what changed, to which record, before and after, by what. */
    private static List<String> history(Store s) {
        return s.read(tx -> s.history().latest(tx, 100_000)).stream()
                .map(e -> e.seq() + " " + e.action() + " " + e.origin() + " " + e.kind() + " " + e.recordId() + " "
                        + e.ref() + " " + e.note() + " " + e.before() + " " + e.after())
                .toList();
    }
}

package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.SyntheticDataset;

/**
 * When a case last changed (schema 49) is kept at every write that changes the case or its timeline, on a
 * real encrypted database: the case list sorted newest first puts the case touched last on top, whether
 * the case itself was saved or one of its incidents was added, changed, moved or deleted, merged or bulk
 * imported.
 */
class CaseLastChangeTest {
    private static final CaseQuery NEWEST_FIRST = CaseQuery.ALL.withSort(CaseQuery.CaseSort.LAST_CHANGED, true);
    /** The computed value schema 49 replaced: the latest save of the case or one of its incidents. */
    private static final String LATEST_SAVE = "GREATEST(c.updated_at, COALESCE((SELECT MAX(i.updated_at) "
            + "FROM incident i WHERE i.case_id = c.id), c.updated_at))";

    @TempDir
    Path dir;

    @Test
    void everyChangeToACaseOrItsTimelinePutsItFirstAmongTheNewest() throws Exception {
        try (Store store = TestDatabases.create(dir.resolve("db"))) {
            Case a = store.write(tx -> store.cases().insert(tx, Case.named("First person")));
            Case b = store.write(tx -> store.cases().insert(tx, Case.named("Second person")));
            assertThat(newestFirst(store)).containsExactly(b.id(), a.id());

            Case a2 = later(() -> store.write(tx -> store.cases().update(tx, a)));
            assertThat(newestFirst(store)).containsExactly(a.id(), b.id());

            Incident onB = later(() -> store.write(tx -> store.incidents().insert(tx, incident(b.id()))));
            assertThat(newestFirst(store)).containsExactly(b.id(), a.id());

            later(() -> store.write(tx -> store.cases().update(tx, a2)));
            Incident onB2 = later(() -> store.write(tx -> store.incidents().update(tx, onB)));
            assertThat(newestFirst(store)).containsExactly(b.id(), a.id());
            assertThat(staleCases(store)).isZero();

            // moved from b to a: both timelines changed at once
            Incident moved = later(() -> store.write(tx -> store.incidents().update(tx, on(onB2, a.id()))));
            Instant movedAt = lastChanged(store, a.id());
            assertThat(lastChanged(store, b.id())).isEqualTo(movedAt);

            Case c = later(() -> store.write(tx -> store.cases().insert(tx, Case.named("Third person"))));
            assertThat(newestFirst(store).get(0)).isEqualTo(c.id());
            later(() -> {
                store.write(tx -> {
                    store.incidents().delete(tx, moved.id(), moved.version());
                    return null;
                });
                return null;
            });
            assertThat(newestFirst(store).get(0)).as("a deleted incident changed its case").isEqualTo(a.id());
            assertThat(lastChanged(store, a.id())).isAfter(movedAt);
        }
    }

    @Test
    void aMergeChangesTheCaseKeptAndABulkImportEveryCaseItTouches() throws Exception {
        try (Store store = SyntheticDataset.database(dir.resolve("db"), 40, 40)) {
            assertThat(staleCases(store)).as("bulk import").isZero();
            List<UUID> order = newestFirst(store);
            UUID kept = order.get(order.size() - 1);
            List<UUID> withIncidents = store.read(tx -> Sql.query(tx, "SELECT DISTINCT case_id FROM incident",
                    List.of(), rs -> Sql.uuid(rs, "case_id")));
            UUID gone = order.stream().filter(id -> !id.equals(kept) && withIncidents.contains(id)).findFirst()
                    .orElseThrow();
            Instant newestBefore = lastChanged(store, order.get(0));
            later(() -> store.write(tx -> store.merges().moveAll(tx, RecordKind.CASE, gone, kept)));
            // the case merged away changed at the same moment, and is deleted when the merge is written
            assertThat(newestFirst(store).subList(0, 2)).containsExactlyInAnyOrder(kept, gone);
            assertThat(lastChanged(store, kept)).isAfter(newestBefore);
            assertThat(staleCases(store)).isZero();
        }
    }

    @Test
    void aDatabaseOfThePreviousReleaseGetsWhenEachCaseLastChanged() throws Exception {
        try (Store store = PreviousReleaseTest.openedCopy(dir)) {
            int withIncidents = store.read(tx -> Sql.query(tx, "SELECT COUNT(DISTINCT case_id) FROM incident",
                    List.of(), rs -> rs.getInt(1)).get(0));
            assertThat(withIncidents).isPositive();
            int cases = store.read(tx -> Sql.query(tx, "SELECT COUNT(*) FROM case_record", List.of(),
                    rs -> rs.getInt(1)).get(0));
            int same = store.read(tx -> Sql.query(tx, "SELECT COUNT(*) FROM case_record c WHERE c.last_changed = "
                    + LATEST_SAVE, List.of(), rs -> rs.getInt(1)).get(0));
            assertThat(same).isEqualTo(cases);
        }
    }

    /**
     * H2 commits a change of columns at once, so a program stopped while schema 49 fills the column (half an
     * hour at a million cases) leaves the column added and the step not recorded. The next opening runs the
     * step again, and opens.
     */
    @Test
    void anUpgradeStoppedAfterTheColumnWasAddedRunsAgainAtTheNextOpening() throws Exception {
        Path db = dir.resolve("db");
        try (Store store = TestDatabases.create(db)) {
            Case a = store.write(tx -> store.cases().insert(tx, Case.named("First person")));
            later(() -> store.write(tx -> store.incidents().insert(tx, incident(a.id()))));
            TestDatabases.stoppedDuringSchema49(store);
        }
        boolean[] upgrading = {false};
        Database opened;
        try (Passphrase p = TestDatabases.passphrase()) {
            opened = Database.open(TestDatabases.file(db), p, () -> upgrading[0] = true);
        }
        assertThat(upgrading[0]).as("told before the upgrade").isTrue();
        try (Store store = new Store(opened)) {
            int cases = store.read(tx -> Sql.query(tx, "SELECT COUNT(*) FROM case_record c WHERE c.last_changed = "
                    + LATEST_SAVE, List.of(), rs -> rs.getInt(1)).get(0));
            assertThat(cases).isEqualTo(1);
            assertThat(staleCases(store)).isZero();
        }
        try (Passphrase p = TestDatabases.passphrase()) {
            upgrading[0] = false;
            Database.open(TestDatabases.file(db), p, () -> upgrading[0] = true).close();
        }
        assertThat(upgrading[0]).as("a database of this version is not upgraded").isFalse();
    }

    private static Incident incident(UUID caseId) {
        return new Incident(UUID.randomUUID(), null, 0, caseId, FuzzyDate.ofYear(2016), "China", null,
                "FAMILY_PRESSURE", null, HostStateRole.UNKNOWN, "Relatives were visited.");
    }

    private static Incident on(Incident i, UUID caseId) {
        return new Incident(i.id(), i.ref(), i.version(), caseId, i.date(), i.country(), i.place(), i.tactics(),
                i.perpetratorIds(), i.pressured(), i.hostStateRole(), i.description());
    }

    /** Runs a write a little after the last one, so that the clock has moved on. */
    private static <T> T later(java.util.concurrent.Callable<T> write) throws Exception {
        Thread.sleep(5);
        return write.call();
    }

    private static List<UUID> newestFirst(Store store) {
        CaseSearch search = new CaseSearch(store.cases());
        return store.read(tx -> search.page(tx, NEWEST_FIRST, 0, 1_000)).stream().map(Case::id).toList();
    }

    private static Instant lastChanged(Store store, UUID caseId) {
        return store.read(tx -> new CaseSearch(store.cases()).lastChanged(tx, List.of(caseId))).get(caseId);
    }

    /** Cases whose last change is earlier than a save of the case or of one of its incidents. */
    private static int staleCases(Store store) {
        return store.read(tx -> Sql.query(tx, "SELECT COUNT(*) FROM case_record c WHERE c.last_changed < "
                + LATEST_SAVE, List.of(), rs -> rs.getInt(1)).get(0));
    }
}

package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.exchange.Exports;
import org.returnwatch.exchange.Selection;
import org.returnwatch.store.CaseWordSetsCheck;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * The word sets that find a name of common words hold exactly what the search index holds for cases, after
 * every way a case's words change on a real encrypted database: added, renamed, deleted and its deletion
 * undone, merged and the merge undone, imported whole (the bulk path) and imported again changed.
 */
class CaseWordSetsTest {
    private static final CaseQuery WANG_XIAOMING = CaseQuery.ALL.withText("wang xiaoming");
    @TempDir
    Path dir;
    Store store;
    Workspace workspace;

    @BeforeEach
    void open() throws Exception {
        store = TestDatabases.create(Files.createDirectories(dir.resolve("db")));
        workspace = TestWorkspaces.of(store);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyChangeOfACaseChangesItsWordsSets() {
        Case first = add("Wang Xiaoming", "王小明");
        Case second = add("Xiaoming Wang", null);
        Case third = add("Li Wei", null);
        assertSetsHoldTheIndex(store);
        assertThat(names(WANG_XIAOMING)).containsExactlyInAnyOrder("Wang Xiaoming", "Xiaoming Wang");

        Case renamed = store.write(tx -> store.cases().update(tx, renamed(third, "Wang Xiaoming Li")));
        assertSetsHoldTheIndex(store);
        assertThat(names(WANG_XIAOMING)).hasSize(3).contains("Wang Xiaoming Li");
        store.write(tx -> store.cases().update(tx, renamed(renamed, "Li Wei")));
        assertSetsHoldTheIndex(store);
        assertThat(names(WANG_XIAOMING)).hasSize(2).doesNotContain("Li Wei");

        Deleting.Plan plan = workspace.deletions().plan(RecordKind.CASE, second.id());
        var deletion = workspace.deletions().delete(plan);
        assertSetsHoldTheIndex(store);
        assertThat(names(WANG_XIAOMING)).containsExactly("Wang Xiaoming");
        workspace.deletions().undo(deletion);
        assertSetsHoldTheIndex(store);
        assertThat(names(WANG_XIAOMING)).hasSize(2);

        Case kept = caseOf(first.id());
        Case removed = caseOf(second.id());
        workspace.merging().merge(RecordKind.CASE, kept.id(), kept.version(), removed.id(), removed.version(),
                Map.of());
        assertSetsHoldTheIndex(store);
        assertThat(names(WANG_XIAOMING)).containsExactly("Wang Xiaoming");
        assertThat(names(CaseQuery.ALL.withText(removed.ref().toString() + " wang"))).as("the old reference")
                .containsExactly("Wang Xiaoming");
        workspace.merging().undo(removed.ref());
        assertSetsHoldTheIndex(store);
        assertThat(names(WANG_XIAOMING)).hasSize(2);
    }

    @Test
    void importsAddAndChangeTheSetsOfTheCasesTheyWrite() throws Exception {
        Case first = add("Wang Xiaoming", null);
        for (int i = 0; i < 30; i++) {
            add(i % 3 == 0 ? "Xiaoming Wang " + i : "Zhou Ping " + i, null);
        }
        Store other = TestDatabases.create(Files.createDirectories(dir.resolve("other")));
        try (Workspace elsewhere = TestWorkspaces.of(other)) {
            copyEverythingInto(elsewhere, other);
            assertThat(elsewhere.caseList().count(WANG_XIAOMING)).isEqualTo(11);

            store.write(tx -> store.cases().update(tx, renamed(first, "Zhou Ping")));
            copyEverythingInto(elsewhere, other);
            assertThat(elsewhere.caseList().count(WANG_XIAOMING)).isEqualTo(10);
        }
    }

    /** Numbers either side of a block's end (a million) are kept in two rows, by a save and by an import. */
    @Test
    void casesNumberedInTwoBlocksAreFoundTogether() throws Exception {
        List<Case> cases = new java.util.ArrayList<>();
        for (int number : new int[] {7, (1 << 20) - 1, 1 << 20, (1 << 20) + 1}) {
            Case c = Case.named("Wang Xiaoming").withStored(new Reference(RecordKind.CASE, number), 0);
            cases.add(store.write(tx -> store.cases().insert(tx, c)));
        }
        assertSetsHoldTheIndex(store);
        assertThat(workspace.caseList().count(WANG_XIAOMING)).isEqualTo(4);
        assertThat(workspace.caseList().page(WANG_XIAOMING, 0, 10)).extracting(c -> c.ref().number())
                .containsExactly(7, (1 << 20) - 1, 1 << 20, (1 << 20) + 1);
        Case last = cases.get(3);
        workspace.deletions().delete(workspace.deletions().plan(RecordKind.CASE, last.id()));
        assertSetsHoldTheIndex(store);
        assertThat(workspace.caseList().count(WANG_XIAOMING)).isEqualTo(3);

        Store other = TestDatabases.create(Files.createDirectories(dir.resolve("other")));
        try (Workspace elsewhere = TestWorkspaces.of(other)) {
            copyEverythingInto(elsewhere, other);
            assertThat(elsewhere.caseList().page(WANG_XIAOMING, 0, 10)).extracting(c -> c.ref().number())
                    .containsExactly(7, (1 << 20) - 1, 1 << 20);
        }
    }

    /** Exports everything as JSON and imports it into {@code elsewhere}, whose sets must then hold its index. */
    private void copyEverythingInto(Workspace elsewhere, Store itsStore) {
        Path document = dir.resolve("everything.json");
        workspace.transfers().export(new Exports.Request(Exports.Format.JSON, document, Selection.ALL, null),
                ProgressListener.NONE);
        elsewhere.transfers().importPath(document, null, true, ProgressListener.NONE);
        assertSetsHoldTheIndex(itsStore);
    }

    /** The sets hold every case number of every word the index holds for it, nothing else, and no empty row. */
    static void assertSetsHoldTheIndex(Store s) {
        assertThat(CaseWordSetsCheck.stored(s)).isEqualTo(CaseWordSetsCheck.expected(s)).isNotEmpty();
        assertThat(CaseWordSetsCheck.emptyRows(s)).isZero();
    }

    private Case add(String name, String nativeName) {
        return store.write(tx -> store.cases().insert(tx, new Case(UUID.randomUUID(), null, 0, name, nativeName,
                List.of(), false, CaseKind.INDIVIDUAL, null, null, "Canada", "Toronto", List.of(), null, null, null,
                null, null, List.of(), null, null)));
    }

    private Case caseOf(UUID id) {
        return store.read(tx -> store.cases().find(tx, id)).orElseThrow();
    }

    private List<String> names(CaseQuery q) {
        return workspace.caseList().page(q, 0, 100).stream().map(Case::name).toList();
    }

    private static Case renamed(Case c, String name) {
        return new Case(c.id(), c.ref(), c.version(), name, c.nativeName(), c.aliases(), c.pseudonymous(),
                c.caseKind(), c.role(), c.originCountry(), c.residenceCountry(), c.residenceCity(), c.nationalities(),
                c.immigrationStatus(), c.targetCategory(), c.accusation(), c.amount(), c.campaign(),
                c.outcomeHistory(), c.riskLevel(), c.summary(), c.status(), c.closeReason(), c.opened(), c.holder());
    }
}

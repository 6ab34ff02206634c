package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;

/**
 * The matches of a query of several words are read once and used again by the page, the count shown at
 * once and the exact count that follow, but never after something was committed: on a real encrypted
 * database, a case saved or deleted between two reads is found, or no longer found, by the second.
 */
class WordMatchesKeptTest {
    private static final CaseQuery WANG_WEI = CaseQuery.ALL.withText("wang wei");
    @TempDir
    Path dir;

    @Test
    void theSameWordsAreReadOnceUntilSomethingIsCommitted() {
        try (Store store = TestDatabases.create(dir.resolve("db"))) {
            List<Case> wangWei = List.of(save(store, "Wang Wei"), save(store, "Wei Wang"), save(store, "Wang Wei"));
            save(store, "Wang Fang");
            save(store, "Li Wei");
            WordMatchedCases byWords = new WordMatchedCases(1); // no word rare: every query of two words is read

            assertThat(matches(store, byWords, WANG_WEI)).containsExactlyInAnyOrderElementsOf(refs(wangWei));
            assertThat(matches(store, byWords, WANG_WEI)).containsExactlyInAnyOrderElementsOf(refs(wangWei));
            assertThat(byWords.found()).as("read once for the page and the counts").isEqualTo(1);

            Case another = save(store, "Wang Wei");
            assertThat(matches(store, byWords, WANG_WEI)).as("a case saved since is found")
                    .contains(another.ref().number()).hasSize(4);
            assertThat(byWords.found()).isEqualTo(2);

            assertThat(matches(store, byWords, CaseQuery.ALL.withText("wei wang"))).hasSize(4);
            assertThat(byWords.found()).as("other words are read").isEqualTo(3);
        }
    }

    @Test
    void theListFollowsEveryCommitBetweenItsReads() {
        try (Store store = TestDatabases.create(dir.resolve("db"))) {
            save(store, "Wang Wei");
            Case second = save(store, "Wang Wei");
            save(store, "Wang Fang");
            CaseSearch search = new CaseSearch(store.cases(), 100, 1);
            assertThat(count(store, search)).isEqualTo(2);

            Case third = save(store, "Wei Wang");
            assertThat(page(store, search)).extracting(Case::id).contains(third.id())
                    .hasSize(3);
            assertThat(count(store, search)).isEqualTo(3);
            assertThat(quickCount(store, search)).isEqualTo(3);

            store.write(tx -> {
                store.cases().delete(tx, second.id(), second.version());
                return null;
            });
            assertThat(count(store, search)).isEqualTo(2);
            assertThat(page(store, search)).extracting(Case::id)
                    .doesNotContain(second.id()).contains(third.id());
        }
    }

    @Test
    void whatWasReadDuringACommitOrBeforeOneIsNotUsedAfterIt() {
        WriteCount writes = new WriteCount();
        long before = writes.now();
        assertThat(writes.unchangedSince(before)).isTrue();
        writes.committing();
        assertThat(writes.unchangedSince(before)).as("a commit has started").isFalse();
        long during = writes.now();
        assertThat(writes.unchangedSince(during)).as("read while a commit was under way").isFalse();
        writes.committed();
        assertThat(writes.unchangedSince(during)).isFalse();
        assertThat(writes.unchangedSince(writes.now())).isTrue();
    }

    private static Case save(Store store, String name) {
        return store.write(tx -> store.cases().insert(tx, Case.named(name)));
    }

    private static int count(Store store, CaseSearch search) {
        return store.read(tx -> search.count(tx, WANG_WEI));
    }

    private static int quickCount(Store store, CaseSearch search) {
        return store.read(tx -> search.quickCount(tx, WANG_WEI)).value();
    }

    private static List<Case> page(Store store, CaseSearch search) {
        return store.read(tx -> search.page(tx, WANG_WEI, 0, 10));
    }

    /** The reference numbers of the cases the words match. */
    private static List<Integer> matches(Store store, WordMatchedCases byWords, CaseQuery q) {
        return Arrays.stream(store.read(tx -> byWords.of(tx, q)).toArray()).boxed().toList();
    }

    private static List<Integer> refs(List<Case> cases) {
        return cases.stream().map(c -> c.ref().number()).toList();
    }
}

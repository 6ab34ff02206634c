package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;

/**
 * A database made before the word sets of cases (schema 50 and 51) gets them at its first opening, made from
 * its search index: the previous release's own database, and one stopped before the sets were filled.
 */
class CaseWordSetsUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void theDatabaseOfThePreviousReleaseGetsTheSetsOfItsCases() throws Exception {
        try (Store store = PreviousReleaseTest.openedCopy(dir)) {
            assertThat(CaseWordSetsCheck.expected(store)).isNotEmpty();
            assertThat(CaseWordSetsCheck.stored(store)).isEqualTo(CaseWordSetsCheck.expected(store));
        }
    }

    @Test
    void aDatabaseStoppedBeforeTheSetsWereFilledFillsThemAtTheNextOpening() throws Exception {
        Path db = dir.resolve("db");
        try (Store store = TestDatabases.create(db)) {
            for (String name : List.of("Wang Xiaoming", "Xiaoming Wang", "Wang Fang", "Li Xiaoming")) {
                store.write(tx -> store.cases().insert(tx, Case.named(name)));
            }
            store.write(tx -> {
                Sql.update(tx, "DELETE FROM case_word_set", List.of());
                Sql.update(tx, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '51'", List.of());
                return null;
            });
        }
        try (Store store = TestDatabases.open(db)) {
            assertThat(CaseWordSetsCheck.stored(store)).isEqualTo(CaseWordSetsCheck.expected(store)).isNotEmpty();
            CaseSearch byWords = new CaseSearch(store.cases(), 100, 1);
            int count = store.read(tx -> byWords.count(tx, CaseQuery.ALL.withText("wang xiaoming")));
            assertThat(count).isEqualTo(2);
        }
    }
}

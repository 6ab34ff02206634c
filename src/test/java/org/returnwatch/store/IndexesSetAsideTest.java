package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.SyntheticDataset;

/**
 * Benchmark databases are loaded with their random-keyed indexes set aside; what they end as must be
 * what an ordinary import makes, or the search figures measured on them say nothing.
 */
class IndexesSetAsideTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseLoadedWithItsIndexesSetAsideEndsAsAnOrdinaryImportLeavesIt() throws Exception {
        Path doc = dir.resolve("doc.json");
        JsonExchange exchange = new JsonExchange();
        Store ordinary = TestDatabases.create(Files.createDirectories(dir.resolve("ordinary")));
        Store loaded = TestDatabases.create(Files.createDirectories(dir.resolve("loaded")));
        try {
            Set<String> schema = schema(loaded);
            IndexesSetAside aside = IndexesSetAside.from(loaded);
            assertThat(indexes(loaded).size()).isLessThan(indexes(ordinary).size() - 20);
            for (int first = 1; first <= 60; first += 30) {
                SyntheticDataset.write(doc, first, 30);
                exchange.importFile(ordinary, doc);
                exchange.importFile(loaded, doc);
            }
            aside.restore(loaded);

            assertThat(schema(loaded)).containsExactlyInAnyOrderElementsOf(schema(ordinary))
                    .containsExactlyInAnyOrderElementsOf(schema);
            assertThat(indexes(loaded)).containsExactlyInAnyOrderElementsOf(indexes(ordinary));
            assertThat(exchange.exportDocument(loaded)).isEqualTo(exchange.exportDocument(ordinary));
            assertThat(loaded.verify().problems()).isEmpty();
        } finally {
            ordinary.close();
            loaded.close();
        }
    }

    /** Every table, constraint and index, as H2 would write them out to make the schema again. */
    private static Set<String> schema(Store store) {
        return store.read(tx -> {
            Set<String> statements = new TreeSet<>();
            try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
                while (rs.next()) {
                    // row counts, and the statistics H2 gathers as tables grow (ANALYZE), differ with the data
                    if (!rs.getString(1).startsWith("-- ")) {
                        statements.add(rs.getString(1).replaceAll(" SELECTIVITY \\d+", ""));
                    }
                }
            }
            return statements;
        });
    }

    /** Each index with its table, kind and columns; the suffix H2 makes up for a constraint's index aside. */
    private static Set<String> indexes(Store store) {
        return store.read(tx -> {
            Set<String> indexes = new TreeSet<>();
            try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, LISTAGG(c.COLUMN_NAME, ',')"
                    + " WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEXES i"
                    + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA"
                    + " AND c.INDEX_NAME = i.INDEX_NAME WHERE i.TABLE_SCHEMA = 'PUBLIC'"
                    + " GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME")) {
                while (rs.next()) {
                    String name = rs.getString(2).replaceAll("(PRIMARY_KEY|_INDEX)_[0-9A-F]+$", "$1_*");
                    indexes.add(rs.getString(1) + "." + name + " " + rs.getString(3) + " (" + rs.getString(4) + ")");
                }
            }
            return indexes;
        });
    }
}

package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets aside the indexes that make a very large load slow and builds them again afterwards, for making
 * benchmark databases of a million cases. Every row goes into an index whose key is random (a record's
 * id, a search word), so while the index is larger than H2's cache each import rewrites most of its
 * pages, and the time to add a document grows with the database. Built afterwards, an index is sorted
 * once. Kept in place: each table's single-column primary key and the reference codes' unique
 * constraints, which the import reads to tell new records from known ones; and the check constraints.
 * The database ends with the same constraints and indexes, under the same names, as before.
 */
public final class IndexesSetAside {
    private final List<String> rebuild;

    private IndexesSetAside(List<String> rebuild) {
        this.rebuild = rebuild;
    }

    public static IndexesSetAside from(Store store) {
        return store.write(tx -> {
            List<String> foreignKeys = new ArrayList<>();
            List<String> compositeKeys = new ArrayList<>();
            List<String> indexes = new ArrayList<>();
            List<String> indexesOfForeignKeys = new ArrayList<>();
            try (Statement st = tx.connection().createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                        + " WHERE CONSTRAINT_TYPE = 'FOREIGN KEY'")) {
                    while (rs.next()) {
                        indexesOfForeignKeys.add("\"PUBLIC\".\"" + rs.getString(1) + "\" ON ");
                    }
                }
                try (ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
                    while (rs.next()) {
                        String sql = rs.getString(1);
                        if (sql.startsWith("CREATE INDEX ")) {
                            indexes.add(sql);
                        } else if (sql.startsWith("ALTER TABLE ") && sql.contains(" FOREIGN KEY(")) {
                            foreignKeys.add(sql);
                        } else if (sql.startsWith("ALTER TABLE ") && sql.matches("(?s).* PRIMARY KEY\\([^)]*,.*")) {
                            compositeKeys.add(sql);
                        }
                    }
                }
                for (String fk : foreignKeys) {
                    st.execute(alterTable(fk) + " DROP CONSTRAINT " + constraint(fk));
                }
                for (String pk : compositeKeys) {
                    st.execute(alterTable(pk) + " DROP CONSTRAINT " + constraint(pk));
                }
                for (String index : indexes) {
                    st.execute("DROP INDEX " + between(index, "CREATE INDEX ", " ON "));
                }
            }
            // A foreign key finding an index on its columns uses it instead of making its own, so the indexes
            // that foreign keys used come before them and the others after, as the migrations made them.
            List<String> rebuild = new ArrayList<>(compositeKeys);
            indexes.stream().filter(i -> indexesOfForeignKeys.stream().anyMatch(i::contains)).forEach(rebuild::add);
            rebuild.addAll(foreignKeys);
            indexes.stream().filter(i -> !rebuild.contains(i)).forEach(rebuild::add);
            return new IndexesSetAside(rebuild);
        });
    }

    /**
     * Builds again every index and constraint set aside, and gathers the column statistics that H2
     * gathers by itself as a table grows row by row, so that queries are planned as on a database that
     * grew by ordinary imports.
     */
    public void restore(Store store) {
        store.write(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                for (String sql : rebuild) {
                    st.execute(sql);
                }
                st.execute("ANALYZE");
            }
            return null;
        });
    }

    public int count() {
        return rebuild.size();
    }

    private static String alterTable(String sql) {
        return "ALTER TABLE " + between(sql, "ALTER TABLE ", " ADD CONSTRAINT ");
    }

    private static String constraint(String sql) {
        String rest = sql.substring(sql.indexOf(" ADD CONSTRAINT ") + " ADD CONSTRAINT ".length());
        return rest.substring(0, rest.indexOf(' '));
    }

    private static String between(String sql, String before, String after) {
        int start = sql.indexOf(before) + before.length();
        return sql.substring(start, sql.indexOf(after, start));
    }

}

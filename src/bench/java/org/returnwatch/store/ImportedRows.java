package org.returnwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows an import added to a database, every table of them, held in memory so that the same rows
 * can be written again with nothing but JDBC batches: the reference the bulk import is measured against.
 */
public final class ImportedRows {
    private static final int BATCH = 2_000;

    /** One table's new rows, with its column names. */
    record Table(String name, List<String> columns, List<Object[]> rows) {
    }

    private final List<Table> tables;

    private ImportedRows(List<Table> tables) {
        this.tables = tables;
    }

    /** How many rows each table has, before the import. */
    public static Map<String, Long> counts(Store store) {
        return store.read(tx -> {
            Map<String, Long> out = new HashMap<>();
            for (String t : tableNames(tx.connection())) {
                out.put(t, Sql.query(tx, "SELECT COUNT(*) FROM \"" + t + "\"", List.of(), rs -> rs.getLong(1)).get(0));
            }
            return out;
        });
    }

    /** The rows added since {@code before} was taken; only new tables' rows and new history entries. */
    public static ImportedRows since(Store store, Map<String, Long> before, long historyBefore) {
        return store.read(tx -> {
            Connection c = tx.connection();
            Map<String, Table> grown = new LinkedHashMap<>();
            for (String t : tableNames(c)) {
                long now = Sql.query(tx, "SELECT COUNT(*) FROM \"" + t + "\"", List.of(), rs -> rs.getLong(1)).get(0);
                if (now == before.getOrDefault(t, 0L)) {
                    continue;
                }
                String where = "";
                if (t.equals("HISTORY")) {
                    where = " WHERE seq > " + historyBefore;
                } else if (before.getOrDefault(t, 0L) != 0) {
                    throw new IllegalStateException(t
                            + " had rows before the import: its new rows cannot be told apart");
                }
                grown.put(t, read(c, t, where));
            }
            List<Table> ordered = new ArrayList<>();
            for (String t : dependencyOrder(c, grown.keySet())) {
                ordered.add(grown.get(t));
            }
            return new ImportedRows(ordered);
        });
    }

    public long size() {
        return tables.stream().mapToLong(t -> t.rows().size()).sum();
    }

    /** Writes every row in one transaction of {@code store}, in JDBC batches, referenced tables first. */
    public void insertInto(Store store) {
        store.write(tx -> {
            Connection c = tx.connection();
            for (Table t : tables) {
                String sql = "INSERT INTO \"" + t.name() + "\" (\"" + String.join("\", \"", t.columns())
                        + "\") VALUES ("
                        + String.join(", ", Collections.nCopies(t.columns().size(), "?")) + ")";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int pending = 0;
                    for (Object[] row : t.rows()) {
                        for (int i = 0; i < row.length; i++) {
                            ps.setObject(i + 1, row[i]);
                        }
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    private static Table read(Connection c, String table, String where) throws SQLException {
        List<String> columns = storedColumns(c, table);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \""
                + String.join("\", \"", columns) + "\" FROM \"" + table + "\"" + where)) {
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return new Table(table, columns, rows);
        }
    }

    /** The columns a row is written with: not those the database computes (the sort keys of schema 46). */
    private static List<String> storedColumns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND IS_GENERATED = 'NEVER' ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The tables in an order where every table comes after those its foreign keys refer to. */
    private static List<String> dependencyOrder(Connection c, Set<String> tables) throws SQLException {
        Map<String, Set<String>> needs = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT fk.TABLE_NAME, pk.TABLE_NAME "
                + "FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc "
                + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk ON fk.CONSTRAINT_NAME = rc.CONSTRAINT_NAME "
                + "AND fk.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA "
                + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk ON pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME "
                + "AND pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    needs.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (out.size() < tables.size()) {
            boolean progress = false;
            for (String t : tables) {
                if (!placed.contains(t) && needs.getOrDefault(t, Set.of()).stream()
                        .allMatch(n -> placed.contains(n) || !tables.contains(n))) {
                    out.add(t);
                    placed.add(t);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys in a cycle among " + tables);
            }
        }
        return out;
    }
}

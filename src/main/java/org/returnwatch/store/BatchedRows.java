package org.returnwatch.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Rows added to JDBC batches, one prepared statement per SQL text, sent together every few thousand
 * rows. Batches go out in the order their statements were first used, so a record's row always
 * reaches the database before the rows that refer to it (its aliases, an incident's tactics).
 */
final class BatchedRows implements ChildRows, AutoCloseable {
    private static final int SEND_EVERY = 2_000;
    private final Transaction tx;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private int pending;
    private long sent;

    BatchedRows(Transaction tx) {
        this.tx = tx;
    }

    void add(String sql, List<Object> row) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = tx.prepare(sql);
            statements.put(sql, ps);
        }
        Sql.bind(ps, row);
        ps.addBatch();
        if (++pending >= SEND_EVERY) {
            send();
        }
    }

    /** The children of a record that is new: it has none stored, so nothing is deleted first. */
    @Override
    public <C> void replace(String table, String ownerColumn, UUID owner, String[] valueColumns, List<C> children,
                            Function<C, List<Object>> values) throws SQLException {
        if (children.isEmpty()) {
            return;
        }
        String sql = Sql.childInsert(table, ownerColumn, valueColumns);
        int position = 0;
        for (C child : children) {
            add(sql, Sql.childRow(owner, position++, values.apply(child)));
        }
    }

    /** Sends every waiting row. */
    void send() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.executeBatch();
        }
        sent += pending;
        pending = 0;
    }

    /** How many rows were sent so far. */
    long sent() {
        return sent;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        statements.clear();
        if (first != null) {
            throw first;
        }
    }
}

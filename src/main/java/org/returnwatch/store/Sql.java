package org.returnwatch.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.returnwatch.domain.Attribution;
import org.returnwatch.domain.DateBound;
import org.returnwatch.domain.DatePrecision;
import org.returnwatch.domain.FuzzyDate;

/** Binding and reading of the value types the schema uses. */
final class Sql {
    /** The most values H2 takes in one array parameter ({@code id = ANY(?)}). */
    static final int MOST_IN_ARRAY = 65_536;

    private Sql() {
    }

    /** A FuzzyDate fills six columns: precision, start, end, approximate, inferred, bound. */
    static List<Object> date(FuzzyDate d) {
        List<Object> v = new ArrayList<>(6);
        v.add(d.precision());
        v.add(d.start());
        v.add(d.end());
        v.add(d.approximate());
        v.add(d.inferred());
        v.add(d.bound());
        return v;
    }

    static FuzzyDate date(ResultSet rs, String prefix) throws SQLException {
        DatePrecision p = DatePrecision.valueOf(rs.getString(prefix + "_precision"));
        LocalDate start = localDate(rs.getDate(prefix + "_start"));
        LocalDate end = localDate(rs.getDate(prefix + "_end"));
        return new FuzzyDate(p, start, end, rs.getBoolean(prefix + "_approx"), rs.getBoolean(prefix + "_inferred"),
                DateBound.valueOf(rs.getString(prefix + "_bound")));
    }

    /** The six columns of a date, in the order {@link #date(FuzzyDate)} fills them. */
    static String[] dateColumns(String prefix) {
        return new String[] {prefix + "_precision", prefix + "_start", prefix + "_end", prefix + "_approx",
            prefix + "_inferred", prefix + "_bound"};
    }

    /** An attribution fills three columns: claimed_by, source_id, locator. */
    static List<Object> attribution(Attribution a) {
        return java.util.Arrays.asList(a.claimedBy(), a.sourceId(), a.locator());
    }

    static Attribution attribution(ResultSet rs) throws SQLException {
        return new Attribution(rs.getString("claimed_by"), uuid(rs, "source_id"), rs.getString("locator"));
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** A record's column values with a date's four columns (a nested list) laid out flat. */
    static List<Object> flatten(List<Object> values) {
        List<Object> out = new ArrayList<>(values.size() + 8);
        for (Object v : values) {
            if (v instanceof List<?> l) {
                out.addAll(l);
            } else {
                out.add(v);
            }
        }
        return out;
    }

    static void bind(PreparedStatement ps, List<Object> values) throws SQLException {
        int i = 1;
        for (Object v : values) {
            bindOne(ps, i++, v);
        }
    }

    private static void bindOne(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v instanceof List<?>) {
            throw new IllegalArgumentException("flatten lists before binding");
        } else if (v instanceof Enum<?> e) {
            ps.setString(i, e.name());
        } else if (v instanceof LocalDate d) {
            ps.setObject(i, d);
        } else if (v instanceof OffsetDateTime t) {
            ps.setObject(i, t);
        } else {
            ps.setObject(i, v);
        }
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, rs.getString(column));
    }

    static <E extends Enum<E>> E enumOrNull(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** Decimal values come back as written: 2472, not 2472.0000. */
    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(Transaction tx, String sql, List<Object> params, RowReader<T> reader)
            throws SQLException {
        try (PreparedStatement ps = tx.prepare(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
                return out;
            }
        }
    }

    interface RowTest {
        /** Whether more rows are wanted after this one. */
        boolean more(ResultSet rs) throws SQLException;
    }

    /**
     * Rows handed over one at a time as H2 finds them, until {@code test} wants no more: for a long read
     * that stops early or keeps little. Otherwise H2 gathers every row of a result before it hands over the
     * first, which costs four times as much for 100,000 index entries.
     */
    static void stream(Transaction tx, String sql, List<Object> params, RowTest test) throws SQLException {
        lazily(tx, true);
        try (PreparedStatement ps = tx.prepare(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                boolean more = true;
                while (more && rs.next()) {
                    more = test.more(rs);
                }
            }
        } finally {
            lazily(tx, false);
        }
    }

    private static void lazily(Transaction tx, boolean on) throws SQLException {
        try (java.sql.Statement st = tx.connection().createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }

    static int update(Transaction tx, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = tx.prepare(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Writes an ordered child list (aliases, parties …) as rows (owner, position, value…). */
    static <C> void replaceChildren(Transaction tx, String table, String ownerColumn, UUID owner,
                                    String[] valueColumns, List<C> children, Function<C, List<Object>> values)
            throws SQLException {
        update(tx, "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?", List.of(owner));
        if (children.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.prepare(childInsert(table, ownerColumn, valueColumns))) {
            int position = 0;
            for (C child : children) {
                bind(ps, childRow(owner, position++, values.apply(child)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static String childInsert(String table, String ownerColumn, String[] valueColumns) {
        return "INSERT INTO " + table + " (" + ownerColumn + ", position, " + String.join(", ", valueColumns)
                + ") VALUES (?, ?" + ", ?".repeat(valueColumns.length) + ")";
    }

    static List<Object> childRow(UUID owner, int position, List<Object> values) {
        List<Object> row = new ArrayList<>(values.size() + 2);
        row.add(owner);
        row.add(position);
        row.addAll(values);
        return row;
    }

    static List<String> strings(Transaction tx, String table, String ownerColumn, String valueColumn, UUID owner)
            throws SQLException {
        return query(tx, "SELECT " + valueColumn + " FROM " + table + " WHERE " + ownerColumn
                + " = ? ORDER BY position", List.of(owner), rs -> rs.getString(1));
    }
}

package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/**
 * What every record table shares: reference numbers, optimistic-lock versions, search text, and
 * removing the citations and links of what is deleted. Subclasses name their columns and map rows.
 */
public abstract class RecordRepository<T extends DomainRecord> {
    private static final String ID = "id";
    private static final int REINDEX_PAGE = 1_000;
    private final RecordKind kind;
    private final String table;
    private final List<String> columns;

    protected RecordRepository(RecordKind kind, String table, String... dataColumns) {
        this.kind = kind;
        this.table = table;
        this.columns = List.of(dataColumns);
    }

    public RecordKind kind() {
        return kind;
    }

    String table() {
        return table;
    }

    /** The values of the data columns, in the order given to the constructor (a FuzzyDate as four). */
    protected abstract List<Object> values(T rec);

    protected abstract T read(Transaction tx, ResultSet rs) throws SQLException;

    /** What the search box should find this record by. */
    protected abstract Collection<?> searchWords(T rec);

    protected abstract T stored(T rec, Reference ref, long version);

    /** Writes the rows that hang off a record (aliases, status history …); none by default. */
    protected void writeChildren(Transaction tx, T rec) throws SQLException {
    }

    /** Records that go when this one goes (a case's incidents), whose citations and links must go too. */
    protected List<UUID> dependents(Transaction tx, UUID id) throws SQLException {
        return List.of();
    }

    protected String defaultOrder() {
        return "ref_number";
    }

    public T insert(Transaction tx, T rec) {
        try {
            Reference ref = rec.ref() != null ? checkKind(rec.ref()) : nextRef(tx);
            T s = stored(rec, ref, 1);
            List<Object> params = new ArrayList<>(Arrays.asList(s.id(), ref.number(), 1L, now()));
            params.addAll(flatten(values(s)));
            String sql = "INSERT INTO " + table + " (id, ref_number, version, updated_at, "
                    + String.join(", ", columns) + ") VALUES (?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
            Sql.update(tx, sql, params);
            writeChildren(tx, s);
            SearchIndex.replace(tx, s.id(), searchWordsWithRef(s));
            return s;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "adding " + describe(rec));
        }
    }

    /** Saves changes; refused with {@link StaleRecordException} if the stored version moved on. */
    public T update(Transaction tx, T rec) {
        try {
            T s = stored(rec, rec.ref(), rec.version() + 1);
            List<Object> params = new ArrayList<>(Arrays.asList(s.version(), now()));
            params.addAll(flatten(values(s)));
            params.add(rec.id());
            params.add(rec.version());
            String sql = "UPDATE " + table + " SET version = ?, updated_at = ?, "
                    + String.join(" = ?, ", columns) + " = ? WHERE id = ? AND version = ?";
            if (Sql.update(tx, sql, params) == 0) {
                throw staleOrMissing(tx, rec.id(), rec.ref(), rec.version());
            }
            writeChildren(tx, s);
            SearchIndex.replace(tx, s.id(), searchWordsWithRef(s));
            return s;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "saving " + describe(rec));
        }
    }

    /** The same record with no reference code, so that insert gives it the next free one. */
    public T withoutRef(T rec) {
        return stored(rec, null, 0);
    }

    /** Inserts a new record or updates a stored one, whatever its version: for imports. */
    public T upsert(Transaction tx, T rec) {
        Optional<Long> current = currentVersion(tx, rec.id());
        return current.isPresent() ? update(tx, stored(rec, rec.ref(), current.get())) : insert(tx, rec);
    }

    /** Deletes the record, its dependents, and every citation of and link to them. */
    public void delete(Transaction tx, UUID id, long expectedVersion) {
        try {
            List<UUID> gone = new ArrayList<>(dependents(tx, id));
            gone.add(id);
            for (UUID g : gone) {
                SearchIndex.remove(tx, g);
                Sql.update(tx, "DELETE FROM search_word WHERE record_id IN (SELECT id FROM citation WHERE record_id = ?)"
                        + " OR record_id IN (SELECT id FROM link WHERE from_id = ? OR to_id = ?)", List.of(g, g, g));
                Sql.update(tx, "DELETE FROM citation WHERE record_id = ?", List.of(g));
                Sql.update(tx, "DELETE FROM link WHERE from_id = ? OR to_id = ?", List.of(g, g));
            }
            if (Sql.update(tx, "DELETE FROM " + table + " WHERE id = ? AND version = ?",
                    List.of(id, expectedVersion)) == 0) {
                throw staleOrMissing(tx, id, null, expectedVersion);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "deleting a record of " + kind.plural());
        }
    }

    public Optional<T> find(Transaction tx, UUID id) {
        return first(select(tx, "WHERE id = ?", List.of(id)));
    }

    public Optional<T> findByRef(Transaction tx, Reference ref) {
        if (ref.kind() != kind) {
            return Optional.empty();
        }
        return first(select(tx, "WHERE ref_number = ?", List.of(ref.number())));
    }

    public T get(Transaction tx, Reference ref) {
        return findByRef(tx, ref).orElseThrow(() -> new RecordNotFoundException("no record " + ref));
    }

    public List<T> all(Transaction tx) {
        return select(tx, "ORDER BY " + defaultOrder(), List.of());
    }

    /** A page of the records with, for every word of {@code query}, a word starting with it. */
    public List<T> search(Transaction tx, String query, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = searchWhere(tx, query, params, true);
        params.add(limit);
        params.add(offset);
        return select(tx, where + " ORDER BY " + defaultOrder() + " LIMIT ? OFFSET ?", params);
    }

    public int count(Transaction tx, String query) {
        List<Object> params = new ArrayList<>();
        try {
            String where = searchWhere(tx, query, params, false);
            return Sql.query(tx, "SELECT COUNT(*) FROM " + table + " " + where, params, rs -> rs.getInt(1)).get(0);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "counting " + kind.plural());
        }
    }

    public boolean exists(Transaction tx, UUID id) {
        return currentVersion(tx, id).isPresent();
    }

    protected final List<T> select(Transaction tx, String clause, List<Object> params) {
        try {
            return Sql.query(tx, "SELECT * FROM " + table + " " + clause, params, rs -> read(tx, rs));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "reading " + kind.plural());
        }
    }

    /** The columns every record has, read once for all subclasses. */
    protected final Reference ref(ResultSet rs) throws SQLException {
        return new Reference(kind, rs.getInt("ref_number"));
    }

    protected static UUID id(ResultSet rs) throws SQLException {
        return Sql.uuid(rs, ID);
    }

    protected static long version(ResultSet rs) throws SQLException {
        return rs.getLong("version");
    }

    private String searchWhere(Transaction tx, String query, List<Object> params, boolean forPage) {
        try {
            return SearchIndex.where(tx, "id", query, params, forPage);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "searching " + kind.plural());
        }
    }

    /**
     * Writes the search words of every record of this kind again, a page at a time: for a database
     * indexed under older rules. Returns how many records were indexed.
     */
    int reindex(Transaction tx) throws SQLException {
        int done = 0;
        int after = 0;
        while (true) {
            List<T> page = select(tx, "WHERE ref_number > ? ORDER BY ref_number LIMIT ?", List.of(after, REINDEX_PAGE));
            if (page.isEmpty()) {
                return done;
            }
            for (T rec : page) {
                SearchIndex.replace(tx, rec.id(), searchWordsWithRef(rec));
            }
            after = page.get(page.size() - 1).ref().number();
            done += page.size();
        }
    }

    private Collection<?> searchWordsWithRef(T rec) {
        List<Object> words = new ArrayList<>(searchWords(rec));
        words.add(rec.ref());
        return words;
    }

    private Reference nextRef(Transaction tx) throws SQLException {
        // a reference of a record merged away still leads to the record it went into: never given again
        int max = Sql.query(tx, "SELECT GREATEST(COALESCE(MAX(ref_number), 0), (SELECT COALESCE(MAX(old_ref_number), 0) "
                + "FROM merged_record WHERE record_kind = ?)) FROM " + table, List.of(kind.name()),
                rs -> rs.getInt(1)).get(0);
        return new Reference(kind, max + 1);
    }

    private Reference checkKind(Reference ref) {
        if (ref.kind() != kind) {
            throw new ConstraintViolationException(ref + " is not a reference of " + kind.plural());
        }
        return ref;
    }

    private Optional<Long> currentVersion(Transaction tx, UUID id) {
        try {
            return first(Sql.query(tx, "SELECT version FROM " + table + " WHERE id = ?", List.of(id),
                    rs -> rs.getLong(1)));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "reading " + kind.plural());
        }
    }

    private StoreException staleOrMissing(Transaction tx, UUID id, Reference ref, long expected) {
        Optional<Long> current = currentVersion(tx, id);
        if (current.isEmpty()) {
            return new RecordNotFoundException((ref != null ? ref.toString() : "the record")
                    + " no longer exists; it was deleted elsewhere");
        }
        Reference shown = ref != null ? ref : find(tx, id).map(DomainRecord::ref).orElse(null);
        return new StaleRecordException(shown, expected, current.get());
    }

    private String describe(T rec) {
        return rec.ref() != null ? rec.ref().toString() : "a record of " + kind.plural();
    }

    private static List<Object> flatten(List<Object> values) {
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

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static <X> Optional<X> first(List<X> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}

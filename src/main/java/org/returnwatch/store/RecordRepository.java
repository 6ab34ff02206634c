package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;
import static org.returnwatch.i18n.Phrase.words;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/**
 * What every record table shares: reference numbers, optimistic-lock versions, search text, removing the citations
 * and links of what is deleted, a seal over each stored record (checked on every read, so damage is reported instead
 * of shown) and a history entry for every change. Subclasses name their columns and map rows.
 */
public abstract class RecordRepository<T extends DomainRecord> {
    private static final String ID = "id";
    static final int UPDATED_AT = 3; // where the time of the change is among insertParams
    private final RecordKind kind;
    private final String table;
    private final List<String> columns;
    private Function<RecordKind, RecordRepository<?>> siblings = k -> {
        throw new IllegalStateException("repositories not wired");
    };

    protected RecordRepository(RecordKind kind, String table, String... dataColumns) {
        this.kind = kind;
        this.table = table;
        this.columns = List.of(dataColumns);
    }

    public RecordKind kind() {
        return kind;
    }

    /** The repositories of the other kinds, for the history of what a delete takes with it. */
    void wire(Function<RecordKind, RecordRepository<?>> lookup) {
        this.siblings = lookup;
    }

    /** Components of the record kept as records of their own (a series' points), left out of its seal and history. */
    protected Set<String> separateComponents() {
        return Set.of();
    }

    /** The record's fields as the canonical JSON its seal and history cover. */
    String fieldsJson(T rec) {
        return RecordJson.text(RecordJson.fields((Record) rec, separateComponents()));
    }

    /** The record as a history entry's fields show it, with the given identity. */
    @SuppressWarnings("unchecked")
    T fromFields(UUID id, Reference ref, long version, String fieldsJson) {
        Map<String, Object> given = new HashMap<>();
        given.put("id", id);
        given.put("ref", ref);
        given.put("version", version);
        for (String c : separateComponents()) {
            given.put(c, List.of());
        }
        return (T) RecordJson.rebuild((Class<? extends Record>) recordClass(), given, RecordJson.parse(fieldsJson));
    }

    /** The Java record class this repository stores. */
    protected abstract Class<T> recordClass();

    byte[] seal(Transaction tx, T rec, String fieldsJson) {
        return tx.seals().record(kind.name(), rec.id(), rec.ref(), rec.version(), fieldsJson);
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
    protected void writeChildren(ChildRows out, T rec) throws SQLException {
    }

    /** Records that go when this one goes (a case's incidents), whose citations and links must go too. */
    protected List<UUID> dependents(Transaction tx, UUID id) throws SQLException {
        return List.of();
    }

    /** The kind of the {@link #dependents}, if there are any. */
    protected RecordKind dependentKind() {
        return kind;
    }

    /** The record as it will read back from its columns (a decimal rounded to the column's scale, say). */
    protected T normalised(T rec) {
        return rec;
    }

    protected String defaultOrder() {
        return "ref_number";
    }

    public T insert(Transaction tx, T rec) {
        try {
            Reference ref = rec.ref() != null ? checkKind(rec.ref()) : nextRef(tx);
            T s = stored(normalised(rec), ref, 1);
            String json = fieldsJson(s);
            Sql.update(tx, insertSql(), insertParams(tx, s, json));
            writeChildren(ChildRows.direct(tx), s);
            SearchIndex.replace(tx, s.id(), searchWordsWithRef(s));
            tx.journal().record(HistoryAction.INSERT, kind, s.id(), ref.toString(), null, json);
            return s;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("adding {0}", describe(rec)));
        }
    }

    /** The statement that adds a record's row; {@link #insertParams} gives its values. */
    String insertSql() {
        return "INSERT INTO " + table + " (id, ref_number, version, updated_at, seal, " + String.join(", ", columns)
                + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
    }

    /** After records were added or changed by a bulk import: what must follow (an incident's case changed). */
    void writtenInBulk(Transaction tx, List<T> records) throws SQLException {
    }

    /** The row of a record about to be added as version 1, sealed over {@code json} (its {@link #fieldsJson}). */
    List<Object> insertParams(Transaction tx, T s, String json) {
        List<Object> params = new ArrayList<>(Arrays.asList(s.id(), s.ref().number(), 1L, now(), seal(tx, s, json)));
        params.addAll(Sql.flatten(values(s)));
        return params;
    }

    /** Saves changes; refused with {@link StaleRecordException} if the stored version moved on. */
    public T update(Transaction tx, T rec) {
        try {
            Optional<T> before = first(select(tx, "WHERE id = ? AND version = ?", List.of(rec.id(), rec.version()),
                    false));
            if (before.isEmpty()) {
                throw staleOrMissing(tx, rec.id(), rec.ref(), rec.version());
            }
            T s = stored(normalised(rec), before.get().ref(), rec.version() + 1);
            String json = fieldsJson(s);
            List<Object> params = new ArrayList<>(Arrays.asList(s.version(), now(), seal(tx, s, json)));
            params.addAll(Sql.flatten(values(s)));
            params.add(rec.id());
            params.add(rec.version());
            String sql = "UPDATE " + table + " SET version = ?, updated_at = ?, seal = ?, "
                    + String.join(" = ?, ", columns) + " = ? WHERE id = ? AND version = ?";
            if (Sql.update(tx, sql, params) == 0) {
                throw staleOrMissing(tx, rec.id(), rec.ref(), rec.version());
            }
            writeChildren(ChildRows.direct(tx), s);
            SearchIndex.replace(tx, s.id(), searchWordsWithRef(s));
            tx.journal().record(HistoryAction.UPDATE, kind, s.id(), s.ref().toString(), fieldsJson(before.get()), json);
            return s;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("saving {0}", describe(rec)));
        }
    }

    /** The same record with no reference code, so that insert gives it the next free one. */
    public T withoutRef(T rec) {
        return stored(rec, null, 0);
    }

    /** Inserts a new record or updates a stored one, whatever its version, unless nothing changed: for imports. */
    public T upsert(Transaction tx, T rec) {
        Optional<T> current = findUnchecked(tx, rec.id());
        return current.isEmpty() ? insert(tx, rec) : BulkWrite.unchanged(this, current.get(), rec) ? current.get()
                : update(tx, stored(rec, rec.ref(), current.get().version()));
    }

    /** Deletes the record, its dependents, and every citation of and link to them. */
    public void delete(Transaction tx, UUID id, long expectedVersion) {
        try {
            List<UUID> gone = new ArrayList<>(dependents(tx, id));
            gone.add(id);
            DeletionHistory history = new DeletionHistory(siblings);
            Map<UUID, DomainRecord> journalled = history.read(tx, kind, id, gone, dependentKind());
            for (UUID g : gone) {
                SearchIndex.remove(tx, g);
                SearchIndex.removeAround(tx, g);
                Sql.update(tx, "DELETE FROM citation WHERE record_id = ?", List.of(g));
                Sql.update(tx, "DELETE FROM link WHERE from_id = ? OR to_id = ?", List.of(g, g));
            }
            if (Sql.update(tx, "DELETE FROM " + table + " WHERE id = ? AND version = ?",
                    List.of(id, expectedVersion)) == 0) {
                throw staleOrMissing(tx, id, null, expectedVersion);
            }
            history.record(tx, journalled.values());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("deleting a record of {0}", words(kind.plural())));
        }
    }

    public Optional<T> find(Transaction tx, UUID id) {
        return first(select(tx, "WHERE id = ?", List.of(id)));
    }

    public Optional<T> findByRef(Transaction tx, Reference ref) {
        return ref.kind() != kind ? Optional.empty() : first(select(tx, "WHERE ref_number = ?", List.of(ref.number())));
    }

    public T get(Transaction tx, Reference ref) {
        return findByRef(tx, ref).orElseThrow(() -> new RecordNotFoundException(phrase("no record {0}", ref)));
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

    /** A page of the table: up to {@code limit} records numbered above {@code afterNumber}, in reference order. */
    public List<T> after(Transaction tx, int afterNumber, int limit) {
        return select(tx, "WHERE ref_number > ? ORDER BY ref_number LIMIT ?", List.of(afterNumber, limit));
    }

    public int count(Transaction tx, String query) {
        List<Object> params = new ArrayList<>();
        try {
            String where = searchWhere(tx, query, params, false);
            return Sql.query(tx, "SELECT COUNT(*) FROM " + table + " " + where, params, rs -> rs.getInt(1)).get(0);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("counting {0}", words(kind.plural())));
        }
    }

    public boolean exists(Transaction tx, UUID id) {
        return currentVersion(tx, id).isPresent();
    }

    protected final List<T> select(Transaction tx, String clause, List<Object> params) {
        return select(tx, clause, params, true);
    }

    /** With {@code checked}, each record read must match its seal, else {@link IntegrityException}. */
    private List<T> select(Transaction tx, String clause, List<Object> params, boolean checked) {
        try {
            if (!checked) {
                return tx.unchecked(t -> select(t, clause, params, true));
            }
            return Sql.query(tx, "SELECT * FROM " + table + " " + clause, params, rs -> {
                T rec = readOrReport(tx, rs);
                if (tx.checksSeals() && !Seals.same(rs.getBytes("seal"), seal(tx, rec, fieldsJson(rec)))) {
                    throw new IntegrityException(phrase("{0} is damaged: what is stored no longer matches its "
                            + "seal (run verify; restore it from its history or from a backup)", rec.ref()));
                }
                return rec;
            });
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading {0}", words(kind.plural())));
        }
    }

    /** A row whose values no record can have (an unknown enum name, a date span ending before it starts) is damage. */
    private T readOrReport(Transaction tx, ResultSet rs) throws SQLException {
        try {
            return read(tx, rs);
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
            throw new IntegrityException(phrase("a record of {0} (number {1}) is damaged: its stored values are "
                    + "not valid (run verify)", words(kind.plural()), rs.getInt("ref_number")));
        }
    }

    /** The record as stored, whether or not it matches its seal: for history and for checking. */
    Optional<T> findUnchecked(Transaction tx, UUID id) {
        return first(select(tx, "WHERE id = ?", List.of(id), false));
    }

    Optional<T> findByRefUnchecked(Transaction tx, Reference ref) {
        return ref.kind() != kind ? Optional.empty()
                : first(select(tx, "WHERE ref_number = ?", List.of(ref.number()), false));
    }

    /** Every record as stored, with whether each matches its seal, in reference order. */
    List<Checked<T>> allChecked(Transaction tx) {
        try {
            return tx.unchecked(t -> Sql.query(t, "SELECT * FROM " + table + " ORDER BY ref_number", List.of(), rs -> {
                T rec = readOrReport(tx, rs);
                String json = fieldsJson(rec);
                byte[] stored = rs.getBytes("seal");
                return new Checked<>(rec, json, tx.hasSeals() && Seals.same(stored, seal(tx, rec, json)));
            }));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading {0}", words(kind.plural())));
        }
    }

    /** A record read for checking, its canonical fields, and whether it matches its seal. */
    record Checked<T>(T record, String fieldsJson, boolean sealed) {
    }

    /** Stores the seal of a record already written (when a database first gets seals). */
    void reseal(Transaction tx, T rec, String json) throws SQLException {
        Sql.update(tx, "UPDATE " + table + " SET seal = ? WHERE id = ?", List.of(seal(tx, rec, json), rec.id()));
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
            throw SqlErrors.translate(e, phrase("searching {0}", words(kind.plural())));
        }
    }

    Collection<?> searchWordsWithRef(T rec) {
        List<Object> words = new ArrayList<>(searchWords(rec));
        words.add(rec.ref());
        return words;
    }

    Reference nextRef(Transaction tx) throws SQLException {
        // a reference of a record merged away still leads to the record it went into: never given again
        int max = Sql.query(tx, "SELECT GREATEST(COALESCE(MAX(ref_number), 0), (SELECT COALESCE(MAX(old_ref_number), "
                + "0) FROM merged_record WHERE record_kind = ?)) FROM " + table, List.of(kind.name()),
                rs -> rs.getInt(1)).get(0);
        return new Reference(kind, max + 1);
    }

    Reference checkKind(Reference ref) {
        if (ref.kind() != kind) {
            throw new ConstraintViolationException(phrase("{0} is not a reference of {1}", ref, words(kind.plural())));
        }
        return ref;
    }

    private Optional<Long> currentVersion(Transaction tx, UUID id) {
        try {
            return first(Sql.query(tx, "SELECT version FROM " + table + " WHERE id = ?", List.of(id),
                    rs -> rs.getLong(1)));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading {0}", words(kind.plural())));
        }
    }

    private StoreException staleOrMissing(Transaction tx, UUID id, Reference ref, long expected) {
        Optional<Long> current = currentVersion(tx, id);
        if (current.isEmpty()) {
            return new RecordNotFoundException(phrase("{0} no longer exists; it was deleted elsewhere",
                    ref != null ? ref.toString() : "the record"));
        }
        Reference shown = ref != null ? ref : find(tx, id).map(DomainRecord::ref).orElse(null);
        return new StaleRecordException(shown, expected, current.get());
    }

    private String describe(T rec) {
        return rec.ref() != null ? rec.ref().toString() : "a record of " + kind.plural();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static <X> Optional<X> first(List<X> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}

package org.returnwatch.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/**
 * The word index behind the search box. A query matches a record when every query word starts
 * one of the record's words; each word is looked up as a range of the index, never by scanning. A
 * query word in characters has alternatives (its simplified form, its pinyin), any of which may match.
 */
final class SearchIndex {
    /** Sorts after every character a normalised word can hold, closing the prefix range. */
    static final String AFTER_PREFIX = "\uffff";
    static final int RANK_CAP = 2_000;

    private SearchIndex() {
    }

    /**
     * Writes the record's search words, and for a case the word sets of {@link CaseWordSets} with them: only
     * the words it gains or loses.
     */
    static void replace(Transaction tx, UUID recordId, Collection<?> parts) throws SQLException {
        Integer caseRef = caseRef(tx, recordId);
        Set<String> before = caseRef == null ? Set.of() : words(tx, recordId);
        Set<String> after = writeWords(tx, recordId, parts);
        if (caseRef != null) {
            CaseWordSets.change(tx, caseRef, difference(before, after), difference(after, before));
        }
    }

    /**
     * Writes the record's search words alone, as before the schema had word sets (version 50): for the
     * upgrade of version 31, which runs before the sets' table is made. Returns the words.
     */
    static Set<String> writeWords(Transaction tx, UUID recordId, Collection<?> parts) throws SQLException {
        Sql.update(tx, "DELETE FROM search_word WHERE record_id = ?", List.of(recordId));
        List<Object> all = new ArrayList<>(parts);
        // the references of records merged into this one still find it
        all.addAll(Sql.query(tx, "SELECT record_kind, old_ref_number FROM merged_record WHERE kept_id = ?",
                List.of(recordId), rs -> new Reference(RecordKind.valueOf(rs.getString(1)), rs.getInt(2))));
        Set<String> words = SearchText.indexWords(all);
        if (words.isEmpty()) {
            return words;
        }
        try (PreparedStatement ps = tx.prepare("INSERT INTO search_word (word, record_id) VALUES (?, ?)")) {
            for (String w : words) {
                ps.setString(1, w);
                ps.setObject(2, recordId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return words;
    }

    static void remove(Transaction tx, UUID recordId) throws SQLException {
        Integer caseRef = caseRef(tx, recordId);
        Set<String> before = caseRef == null ? Set.of() : words(tx, recordId);
        Sql.update(tx, "DELETE FROM search_word WHERE record_id = ?", List.of(recordId));
        if (caseRef != null) {
            CaseWordSets.change(tx, caseRef, before, Set.of());
        }
    }

    /**
     * Removes the words of the record's citations and of the links to and from it, which are deleted with it.
     * Each is found by its own index: one statement with both conditions made H2 test every entry of the
     * index against both (minutes at a million cases).
     */
    static void removeAround(Transaction tx, UUID recordId) throws SQLException {
        List<UUID> around = Sql.query(tx, "SELECT id FROM citation WHERE record_id = ? UNION SELECT id FROM link "
                + "WHERE from_id = ? UNION SELECT id FROM link WHERE to_id = ?", List.of(recordId, recordId, recordId),
                rs -> Sql.uuid(rs, "id"));
        for (UUID id : around) {
            Sql.update(tx, "DELETE FROM search_word WHERE record_id = ?", List.of(id));
        }
    }

    /** The reference number of the case with this id; null when the record is not a case. */
    private static Integer caseRef(Transaction tx, UUID recordId) throws SQLException {
        List<Integer> refs = Sql.query(tx, "SELECT ref_number FROM case_record WHERE id = ?", List.of(recordId),
                rs -> rs.getInt(1));
        return refs.isEmpty() ? null : refs.get(0);
    }

    private static Set<String> words(Transaction tx, UUID recordId) throws SQLException {
        return new HashSet<>(Sql.query(tx, "SELECT word FROM search_word WHERE record_id = ?", List.of(recordId),
                rs -> rs.getString(1)));
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> out = new TreeSet<>(from);
        out.removeAll(without);
        return out;
    }

    /**
     * A WHERE clause restricting {@code idColumn} to records matching every word of the query; "" for
     * none. The rarest word picks the candidates; each other word is then
     * checked per candidate through the (record, word) index, so a common word never makes the
     * database intersect two large sets.
     */
    static String where(Transaction tx, String idColumn, String query, List<Object> params, boolean forPage)
            throws SQLException {
        String condition = condition(tx, idColumn, query, params, forPage);
        return condition.isEmpty() ? "" : "WHERE " + condition;
    }

    /** The same as {@link #where} without the WHERE, to combine with other conditions. */
    static String condition(Transaction tx, String idColumn, String query, List<Object> params, boolean forPage)
            throws SQLException {
        List<SearchText.Term> terms = new ArrayList<>(SearchText.terms(query));
        if (terms.isEmpty()) {
            return "";
        }
        Map<SearchText.Term, Integer> sizes = new HashMap<>();
        for (SearchText.Term t : terms) {
            int size = 0;
            for (String alternative : t.alternatives()) {
                size += cappedCount(tx, alternative);
            }
            sizes.put(t, size);
        }
        terms.sort(Comparator.comparing(sizes::get));
        StringBuilder where = new StringBuilder("TRUE");
        // A rare word picks the few candidates. For a page, when even the rarest word is common,
        // walking the table in display order and testing each row lets it stop after its first rows;
        // a count has to visit every match anyway, and the index range is the cheapest way there.
        if (!forPage || sizes.get(terms.get(0)) < RANK_CAP) {
            List<String> ranges = new ArrayList<>();
            for (String alternative : terms.remove(0).alternatives()) {
                ranges.add("SELECT record_id FROM search_word WHERE word >= ? AND word < ?");
                addRange(params, alternative);
            }
            // Several alternatives (a word in characters) are unioned inside a derived table: H2 evaluates
            // "IN (a UNION b)" again for every row it checks, "IN (SELECT … FROM (a UNION b))" once.
            String candidates = ranges.size() == 1 ? ranges.get(0)
                    : "SELECT record_id FROM (" + String.join(" UNION ", ranges) + ") alternatives";
            where.append(" AND ").append(idColumn).append(" IN (").append(candidates).append(")");
        }
        for (SearchText.Term term : terms) {
            List<String> exists = new ArrayList<>();
            for (String alternative : term.alternatives()) {
                exists.add("EXISTS (SELECT 1 FROM search_word w WHERE w.record_id = " + idColumn
                        + " AND w.word >= ? AND w.word < ?)");
                addRange(params, alternative);
            }
            where.append(" AND (").append(String.join(" OR ", exists)).append(")");
        }
        return where.toString();
    }

    /**
     * Whether some word of the query is rare (fewer than {@value #RANK_CAP} index entries for all its
     * alternatives): its candidates are then few, and an exact count over them is quick.
     */
    static boolean hasRareTerm(Transaction tx, String query) throws SQLException {
        return hasRareTerm(tx, query, RANK_CAP);
    }

    /** Whether some word of the query has fewer than {@code rareBelow} (at most {@value #RANK_CAP}) entries. */
    static boolean hasRareTerm(Transaction tx, String query, int rareBelow) throws SQLException {
        for (SearchText.Term t : SearchText.terms(query)) {
            if (entries(tx, t, rareBelow) < rareBelow) {
                return true;
            }
        }
        return false;
    }

    /** How many index entries the term's alternatives have together, counted only up to {@code cap}. */
    static int entries(Transaction tx, SearchText.Term term, int cap) throws SQLException {
        int size = 0;
        for (String alternative : term.alternatives()) {
            size += cappedCount(tx, alternative, cap - size);
            if (size >= cap) {
                break;
            }
        }
        return size;
    }

    /** How many index entries start with {@code prefix}, counted only up to a cap: enough to rank words. */
    private static int cappedCount(Transaction tx, String prefix) throws SQLException {
        return cappedCount(tx, prefix, RANK_CAP);
    }

    private static int cappedCount(Transaction tx, String prefix, int cap) throws SQLException {
        List<Object> params = new ArrayList<>();
        addRange(params, prefix);
        params.add(cap);
        return Sql.query(tx, "SELECT COUNT(*) FROM (SELECT 1 FROM search_word WHERE word >= ? AND word < ? LIMIT ?)",
                params, rs -> rs.getInt(1)).get(0);
    }

    private static void addRange(List<Object> params, String prefix) {
        params.add(prefix);
        params.add(prefix + AFTER_PREFIX);
    }
}

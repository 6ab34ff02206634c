package org.returnwatch.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    static void replace(Transaction tx, UUID recordId, Collection<?> parts) throws SQLException {
        remove(tx, recordId);
        List<Object> all = new ArrayList<>(parts);
        // the references of records merged into this one still find it
        all.addAll(Sql.query(tx, "SELECT record_kind, old_ref_number FROM merged_record WHERE kept_id = ?",
                List.of(recordId), rs -> new Reference(RecordKind.valueOf(rs.getString(1)), rs.getInt(2))));
        Set<String> words = SearchText.indexWords(all);
        if (words.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.prepare("INSERT INTO search_word (word, record_id) VALUES (?, ?)")) {
            for (String w : words) {
                ps.setString(1, w);
                ps.setObject(2, recordId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void remove(Transaction tx, UUID recordId) throws SQLException {
        Sql.update(tx, "DELETE FROM search_word WHERE record_id = ?", List.of(recordId));
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

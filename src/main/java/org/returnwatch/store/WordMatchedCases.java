package org.returnwatch.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.returnwatch.domain.CaseQuery;

/**
 * The cases of a query of several common words ("wang xiaoming"), found from the words' index ranges
 * intersected in memory ({@link WordIntersection}) and then looked up by id. The ordinary search tests
 * the words on each case in the list's order, and at a million cases went through 25,000–100,000 of
 * them before a page of 100 such cases was full: seconds, where this takes a tenth of one.
 */
final class WordMatchedCases {
    /** Below this many entries, a word's several spellings are read and their cases sorted (see {@link #of}). */
    private static final int FEW_SPELLED = 20_000;
    /** The most matches counted exactly for the count shown at once (each is looked up by id). */
    static final int EXACT_AT_ONCE = 5_000;
    /** The most matches kept for the next read of the same words (about 100 bytes each). */
    private static final int MOST_KEPT = Sql.MOST_IN_ARRAY;
    private final int rareBelow;
    /**
     * The last words' matches, used again while nothing has been committed: the list asks for a page, the
     * count to show at once and the exact count of each query in turn, and would otherwise read the same
     * index ranges three times (a tenth of a second each at a million cases).
     */
    private volatile Kept kept;
    private final AtomicInteger found = new AtomicInteger();

    /** What {@link #of} found for some words, with the database's count of commits when it was read. */
    private record Kept(WriteCount writes, long at, List<SearchText.Term> terms, Set<UUID> ids) {
        boolean answers(WriteCount now, List<SearchText.Term> asked) {
            return writes == now && now.unchangedSince(at) && terms.equals(asked);
        }
    }

    /** {@code rareBelow}: fewer index entries than this make a word rare, and its few candidates quicker still. */
    WordMatchedCases(int rareBelow) {
        this.rareBelow = rareBelow;
    }

    /**
     * The ids of the records matching the query's words, when this is the quick way to them: several words
     * none of them rare, or one word with several spellings not common together (王小明, whose pinyin is
     * one of them). A word of one spelling, or a common one, matches so many cases that walking the list's
     * order finds a page soon. Null otherwise, or when a word is too common to read whole.
     */
    Set<UUID> of(Transaction tx, CaseQuery q) throws SQLException {
        List<SearchText.Term> terms = SearchText.terms(q.text());
        WriteCount writes = tx.writes();
        Kept last = kept;
        if (writes == null) {
            return find(tx, q, terms);
        }
        if (last != null && last.answers(writes, terms)) {
            return last.ids();
        }
        long at = writes.now();
        Set<UUID> ids = find(tx, q, terms);
        if (writes.unchangedSince(at) && (ids == null || ids.size() <= MOST_KEPT)) {
            kept = new Kept(writes, at, terms, ids);
        }
        return ids;
    }

    /** How many times the words' matches were looked for in the database rather than used again. */
    int found() {
        return found.get();
    }

    private Set<UUID> find(Transaction tx, CaseQuery q, List<SearchText.Term> terms) throws SQLException {
        found.incrementAndGet();
        if (terms.isEmpty() || SearchIndex.hasRareTerm(tx, q.text(), rareBelow)) {
            return null;
        }
        if (terms.size() == 1 && (terms.get(0).alternatives().size() == 1
                || SearchIndex.entries(tx, terms.get(0), FEW_SPELLED) >= FEW_SPELLED)) {
            return null;
        }
        Set<UUID> ids = WordIntersection.of(tx, terms, WordIntersection.MOST_ENTRIES);
        return ids == null ? null : Collections.unmodifiableSet(ids);
    }

    /** How many cases among {@code matches} (ids of any kind of record) pass the query's filters. */
    int count(Transaction tx, CaseQuery q, Set<UUID> matches) throws SQLException {
        List<UUID> all = new ArrayList<>(matches);
        int count = 0;
        for (int from = 0; from < all.size(); from += Sql.MOST_IN_ARRAY) {
            List<Object> params = new ArrayList<>();
            String sql = "SELECT COUNT(*) FROM case_record "
                    + whereAmong(tx, q, params, all.subList(from, Math.min(all.size(), from + Sql.MOST_IN_ARRAY)));
            count += Sql.query(tx, sql, params, rs -> rs.getInt(1)).get(0);
        }
        return count;
    }

    /**
     * A page of the cases among {@code matches} that pass the query's filters, each match looked up by id
     * and the cases sorted: about 35 microseconds a match at a million cases. Null when the matches are
     * many: the page is then read as the others are, walking the list's order until it is full. That walk
     * passes over about (rows wanted × cases ÷ matches) cases, each costing about three times a match's
     * look-up, so the matches are sorted while they are fewer than the cases the walk would pass over.
     */
    List<UUID> page(Transaction tx, CaseQuery q, Set<UUID> matches, int offset, int limit) throws SQLException {
        long walked = (long) (offset + limit) * Sql.query(tx, "SELECT COUNT(*) FROM case_record", List.of(),
                rs -> rs.getInt(1)).get(0) / Math.max(1, matches.size());
        if (matches.size() > Sql.MOST_IN_ARRAY || (long) matches.size() > walked) {
            return null;
        }
        List<Object> params = new ArrayList<>();
        String sql = "SELECT id FROM case_record " + whereAmong(tx, q, params, matches) + CaseSearch.orderBy(q)
                + " LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        return Sql.query(tx, sql, params, rs -> Sql.uuid(rs, "id"));
    }

    /** The query's filters, and the id among {@code ids}: H2 looks each of them up by the ids' index. */
    private static String whereAmong(Transaction tx, CaseQuery q, List<Object> params, Collection<UUID> ids)
            throws SQLException {
        String where = CaseSearch.where(tx, q.withText(null), params, false);
        params.add(ids.toArray(new UUID[0]));
        return (where.isEmpty() ? "WHERE" : where + " AND") + " id = ANY(?)";
    }
}

package org.returnwatch.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.returnwatch.domain.CaseQuery;
import org.roaringbitmap.RoaringBitmap;

/**
 * The cases of a query of common words ("wang xiaoming", "vancouver"), found from the words' sets of cases
 * ({@link CaseWordSets}) intersected in memory, as the reference numbers of the cases. The ordinary search
 * tests the words on each case in the list's order, and at a million cases went through 25,000–100,000 of
 * them before a page of 100 such cases was full: seconds. Reading the words' entries of the index instead
 * took a tenth of a second (274,000 entries); their sets are a few hundred kilobytes.
 */
final class WordMatchedCases {
    /** The most matches counted exactly for the count shown at once when filters apply (each looked up). */
    static final int EXACT_AT_ONCE = 5_000;
    /** The most matches looked up one by one, for a count or a page with filters (about 0.7 s). */
    static final int MOST_LOOKED_UP = 20_000;
    /**
     * The most rows of sets read for one query (one a word, up to a million cases); beyond that its words are
     * so many ("x" starts thousands) that testing the cases in the list's order finds a page sooner.
     */
    static final int MOST_SET_ROWS = 2_000;
    /**
     * How many entries of a sort's index are read (each case's number tested against the matches) in the
     * time one case is looked up by its number at a million cases: 0.25 µs against 35 µs, with a margin.
     */
    private static final int WALKED_PER_LOOKUP = 100;
    private final int rareBelow;
    /**
     * The last words' matches, used again while nothing has been committed: the list asks for a page, the
     * count to show at once and the exact count of each query in turn, and would otherwise read the same
     * sets three times.
     */
    private volatile Kept kept;
    private volatile String byNumber;
    private final AtomicInteger found = new AtomicInteger();

    /** What {@link #of} found for some words, with the database's count of commits when it was read. */
    private record Kept(WriteCount writes, long at, List<SearchText.Term> terms, RoaringBitmap refs) {
        boolean answers(WriteCount now, List<SearchText.Term> asked) {
            return writes == now && now.unchangedSince(at) && terms.equals(asked);
        }
    }

    /** {@code rareBelow}: fewer index entries than this make a word rare, and its few candidates quicker still. */
    WordMatchedCases(int rareBelow) {
        this.rareBelow = rareBelow;
    }

    /**
     * The reference numbers of the cases matching the query's words, when this is the quick way to them: no
     * word rare (a rare word's few cases are checked quicker still), and the words' sets not too many to
     * read. Null otherwise. Never changed once returned: several threads may read it.
     */
    RoaringBitmap of(Transaction tx, CaseQuery q) throws SQLException {
        List<SearchText.Term> terms = SearchText.terms(q.text());
        WriteCount writes = tx.writes();
        Kept last = kept;
        if (writes == null) {
            return find(tx, q, terms);
        }
        if (last != null && last.answers(writes, terms)) {
            return last.refs();
        }
        long at = writes.now();
        RoaringBitmap refs = find(tx, q, terms);
        if (writes.unchangedSince(at)) {
            kept = new Kept(writes, at, terms, refs);
        }
        return refs;
    }

    /** How many times the words' matches were looked for in the database rather than used again. */
    int found() {
        return found.get();
    }

    private RoaringBitmap find(Transaction tx, CaseQuery q, List<SearchText.Term> terms) throws SQLException {
        found.incrementAndGet();
        if (terms.isEmpty() || SearchIndex.hasRareTerm(tx, q.text(), rareBelow)) {
            return null;
        }
        return CaseWordSets.matching(tx, terms, MOST_SET_ROWS);
    }

    /** Whether {@link #count} is quick enough for the count shown at once: no filters, or few matches. */
    boolean countsAtOnce(Transaction tx, CaseQuery q, RoaringBitmap matches) throws SQLException {
        return filters(tx, q, new ArrayList<>()).isEmpty() || matches.getCardinality() <= EXACT_AT_ONCE;
    }

    /**
     * How many of the cases numbered in {@code matches} pass the query's filters; -1 when filters apply to
     * more than {@value #MOST_LOOKED_UP} matches, each of which would be looked up (35 µs at a million
     * cases): the ordinary count is then no slower.
     */
    int count(Transaction tx, CaseQuery q, RoaringBitmap matches) throws SQLException {
        if (filters(tx, q, new ArrayList<>()).isEmpty()) {
            return matches.getCardinality();
        }
        if (matches.getCardinality() > MOST_LOOKED_UP) {
            return -1;
        }
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM " + byNumber(tx) + whereAmong(tx, q, params, matches.toArray());
        return Sql.query(tx, sql, params, rs -> rs.getInt(1)).get(0);
    }

    /**
     * A page of the cases numbered in {@code matches} that pass the query's filters, in the list's order.
     * With no filters, the sort's index is walked and each case's number tested against the matches, about
     * (rows wanted × cases ÷ matches) entries at 0.25 µs each, read from the index alone; where the matches
     * are fewer than a hundredth of that, or filters apply, each match is looked up by its number (35 µs at a
     * million cases) and the cases sorted. Null when filters apply and the matches are more than the cases
     * the ordinary walk would pass over: the page is then read as the others are.
     */
    List<UUID> page(Transaction tx, CaseQuery q, RoaringBitmap matches, int offset, int limit) throws SQLException {
        int size = matches.getCardinality();
        if (size == 0) {
            return List.of();
        }
        long walked = (long) (offset + limit) * Sql.query(tx, "SELECT COUNT(*) FROM case_record", List.of(),
                rs -> rs.getInt(1)).get(0) / size;
        boolean filtered = !filters(tx, q, new ArrayList<>()).isEmpty();
        if (!filtered && walked < (long) size * WALKED_PER_LOOKUP) {
            return walk(tx, q, matches, offset, limit);
        }
        if (size > MOST_LOOKED_UP || filtered && size > walked) {
            return null;
        }
        List<Object> params = new ArrayList<>();
        String sql = "SELECT id FROM " + byNumber(tx) + whereAmong(tx, q, params, matches.toArray())
                + CaseSearch.orderBy(q) + " LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        return Sql.query(tx, sql, params, rs -> Sql.uuid(rs, "id"));
    }

    /** The page read along the sort's order, testing each case's number (in the sort's indexes) in memory. */
    private static List<UUID> walk(Transaction tx, CaseQuery q, RoaringBitmap matches, int offset, int limit)
            throws SQLException {
        List<Integer> refs = new ArrayList<>(limit);
        int[] passed = {0};
        Sql.stream(tx, "SELECT ref_number FROM case_record" + CaseSearch.orderBy(q), List.of(), rs -> {
            int ref = rs.getInt(1);
            if (matches.contains(ref) && passed[0]++ >= offset) {
                refs.add(ref);
            }
            return refs.size() < limit;
        });
        Map<Integer, UUID> ids = new HashMap<>();
        Sql.query(tx, "SELECT ref_number, id FROM case_record WHERE ref_number = ANY(?)",
                List.of((Object) refs.toArray(new Integer[0])), rs -> ids.put(rs.getInt(1), Sql.uuid(rs, "id")));
        // a case deleted by a commit between the two reads is left out
        return refs.stream().map(ids::get).filter(Objects::nonNull).toList();
    }

    /**
     * The case table read through its index of reference numbers: with filters H2 would rather start from
     * a filter's index (a quarter of a million cases for one campaign) and test each case against every
     * number of the list.
     */
    private String byNumber(Transaction tx) throws SQLException {
        if (byNumber == null) {
            String index = CaseSearch.constraintIndex(tx, "CONSTRAINT_NAME = 'CASE_REF_UQ'");
            byNumber = index == null ? "case_record " : "case_record USE INDEX (" + index + ") ";
        }
        return byNumber;
    }

    /** The query's filters as a WHERE clause, "" for none. */
    private static String filters(Transaction tx, CaseQuery q, List<Object> params) throws SQLException {
        return CaseSearch.where(tx, q.withText(null), params, false);
    }

    /** The query's filters, and the case's number among {@code refs}, each looked up in the numbers' index. */
    private static String whereAmong(Transaction tx, CaseQuery q, List<Object> params, int[] refs)
            throws SQLException {
        String where = filters(tx, q, params);
        params.add(Arrays.stream(refs).boxed().toArray(Integer[]::new));
        return (where.isEmpty() ? "WHERE" : where + " AND") + " ref_number = ANY(?)";
    }
}

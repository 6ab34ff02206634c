package org.returnwatch.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The word sets of cases as stored (case_word_set) and as the search index says they must be (search_word
 * joined to the cases), read from a real database, for tests that change cases every way there is.
 */
public final class CaseWordSetsCheck {
    private CaseWordSetsCheck() {
    }

    /** Each word's case numbers, as search_word gives them. */
    public static Map<String, Set<Integer>> expected(Store store) {
        return store.read(tx -> {
            Map<String, Set<Integer>> out = new TreeMap<>();
            Sql.query(tx, "SELECT w.word, c.ref_number FROM case_record c JOIN search_word w ON w.record_id = c.id",
                    List.of(), rs -> out.computeIfAbsent(rs.getString(1), w -> new TreeSet<>()).add(rs.getInt(2)));
            return out;
        });
    }

    /** Each word's case numbers, as the stored sets give them; a row whose numbers are not of its block fails. */
    public static Map<String, Set<Integer>> stored(Store store) {
        return store.read(tx -> {
            Map<String, Set<Integer>> out = new TreeMap<>();
            Sql.query(tx, "SELECT word, part, refs FROM case_word_set", List.of(), rs -> {
                int part = rs.getInt(2);
                for (int ref : CaseWordSets.read(rs.getBytes(3))) {
                    if (CaseWordSets.part(ref) != part) {
                        throw new AssertionError(ref + " stored in block " + part);
                    }
                    out.computeIfAbsent(rs.getString(1), w -> new TreeSet<>()).add(ref);
                }
                return null;
            });
            return out;
        });
    }

    /** How many rows of sets are stored, empty ones included (there must be none). */
    public static int emptyRows(Store store) {
        return store.read(tx -> Sql.query(tx, "SELECT refs FROM case_word_set", List.of(),
                rs -> CaseWordSets.read(rs.getBytes(1)).isEmpty()).stream().mapToInt(e -> e ? 1 : 0).sum());
    }
}

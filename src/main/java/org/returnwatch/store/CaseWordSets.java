package org.returnwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * For each word of the search index, the reference numbers of the cases that have it, as compressed sets
 * (table case_word_set, one row per word and block of {@value #BLOCK} numbers). A name of two common words
 * ("wang xiaoming") is found by reading the sets of the words starting with each and intersecting them: a few
 * hundred kilobytes, where the index's entries for the same words are 274,000 at a million cases (90 ms to
 * read). The sets hold what search_word holds for cases, and every change to a case's words changes them in
 * the same transaction.
 *
 * <p>The sets are stored in Roaring's portable format, which is specified apart from the library and read
 * alike by every version of it.
 */
final class CaseWordSets {
    /**
     * The numbers of one row's block share their bits above these. A prefix starts many words (the readings
     * of names joined: "siuming" starts siumingtse, siumingtseung and seventy others), most of them in few
     * cases, so a block holds a million numbers: the sets of "wong siuming" in 115 rows where blocks of
     * 65,536 made 1,840 (60 ms to read). The price is paid by a save, which rewrites the row of each word it
     * adds, up to 128 kB for a word in every other case: about 50 ms more per new case at a million cases.
     */
    static final int BLOCK_BITS = 20;
    static final int BLOCK = 1 << BLOCK_BITS;
    /** The most bytes of sets read for one query: beyond that, testing the cases in the list's order is quicker. */
    private static final int MOST_BYTES = 16 << 20;
    private static final String ROW = "SELECT refs FROM case_word_set WHERE word = ? AND part = ?";
    private static final String PUT = "MERGE INTO case_word_set (word, part, refs) KEY (word, part) VALUES (?, ?, ?)";
    private static final String DROP = "DELETE FROM case_word_set WHERE word = ? AND part = ?";
    private static final String RANGE = "SELECT refs FROM case_word_set WHERE word >= ? AND word < ? LIMIT ?";

    private CaseWordSets() {
    }

    /** The case numbered {@code ref} no longer has the words {@code removed} and now has {@code added}. */
    static void change(Transaction tx, int ref, Collection<String> removed, Collection<String> added)
            throws SQLException {
        int part = part(ref);
        for (String word : removed) {
            RoaringBitmap refs = stored(tx, word, part);
            refs.remove(ref);
            put(tx, word, part, refs);
        }
        for (String word : added) {
            RoaringBitmap refs = stored(tx, word, part);
            refs.add(ref);
            put(tx, word, part, refs);
        }
    }

    /** Adds the cases of {@code added} (reference numbers by word) to each word's set, for a bulk import. */
    static void addAll(Transaction tx, Map<String, RoaringBitmap> added) throws SQLException {
        for (Map.Entry<String, RoaringBitmap> e : new TreeMap<>(added).entrySet()) {
            for (RoaringBitmap block : blocks(e.getValue())) {
                int part = part(block.first());
                RoaringBitmap refs = stored(tx, e.getKey(), part);
                refs.or(block);
                put(tx, e.getKey(), part, refs);
            }
        }
    }

    /**
     * The reference numbers of the cases that have, for every term, a word starting with one of its
     * alternatives; null when that means reading more than {@code mostRows} rows of sets (prefixes of very
     * many words, such as "x").
     */
    static RoaringBitmap matching(Transaction tx, List<SearchText.Term> terms, int mostRows) throws SQLException {
        RoaringBitmap common = null;
        Budget left = new Budget(mostRows, MOST_BYTES);
        for (SearchText.Term term : terms) {
            List<RoaringBitmap> sets = new ArrayList<>();
            for (String alternative : term.alternatives()) {
                if (!addStartingWith(tx, alternative, sets, left)) {
                    return null;
                }
            }
            // one union of all the sets at once: ten times quicker than adding them one by one
            RoaringBitmap any = FastAggregation.or(sets.iterator());
            common = common == null ? any : RoaringBitmap.and(common, any);
            if (common.isEmpty()) {
                break;
            }
        }
        return common == null ? new RoaringBitmap() : common;
    }

    /** What is left to read for one query, in rows and bytes of sets. */
    private static final class Budget {
        int rows;
        long bytes;

        Budget(int rows, long bytes) {
            this.rows = rows;
            this.bytes = bytes;
        }
    }

    /**
     * Adds to {@code into} the sets of the words starting with {@code prefix}; false when they are more than
     * is {@code left} to read.
     */
    private static boolean addStartingWith(Transaction tx, String prefix, List<RoaringBitmap> into, Budget left)
            throws SQLException {
        boolean[] within = {true};
        Sql.stream(tx, RANGE, List.of(prefix, prefix + SearchIndex.AFTER_PREFIX, left.rows + 1), rs -> {
            byte[] set = rs.getBytes(1);
            left.rows--;
            left.bytes -= set.length;
            within[0] = left.rows >= 0 && left.bytes >= 0;
            if (within[0]) {
                into.add(read(set));
            }
            return within[0];
        });
        return within[0];
    }

    private static RoaringBitmap stored(Transaction tx, String word, int part) throws SQLException {
        List<byte[]> found = Sql.query(tx, ROW, List.of(word, part), rs -> rs.getBytes(1));
        return found.isEmpty() ? new RoaringBitmap() : read(found.get(0));
    }

    private static void put(Transaction tx, String word, int part, RoaringBitmap refs) throws SQLException {
        if (refs.isEmpty()) {
            Sql.update(tx, DROP, List.of(word, part));
        } else {
            Sql.update(tx, PUT, List.of(word, part, bytes(refs)));
        }
    }

    /** The block of numbers a case's set entries are kept in. */
    static int part(int ref) {
        return ref >>> BLOCK_BITS;
    }

    private static List<RoaringBitmap> blocks(RoaringBitmap refs) {
        List<RoaringBitmap> out = new ArrayList<>();
        RoaringBitmap current = null;
        for (int ref : refs) {
            if (current == null || part(current.first()) != part(ref)) {
                current = new RoaringBitmap();
                out.add(current);
            }
            current.add(ref);
        }
        return out;
    }

    static RoaringBitmap read(byte[] bytes) {
        RoaringBitmap refs = new RoaringBitmap();
        try {
            refs.deserialize(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return refs;
    }

    static byte[] bytes(RoaringBitmap refs) {
        refs.runOptimize();
        ByteBuffer out = ByteBuffer.allocate(refs.serializedSizeInBytes());
        refs.serialize(out);
        return out.array();
    }
}

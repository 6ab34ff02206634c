package org.returnwatch.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema version 51: the word sets of {@link CaseWordSets} made from the search index of every case, the
 * cases of {@value #SLICE} reference numbers at a time, so that the sets in memory stay those of one slice
 * (a million cases have three million words, most of them in one case). Runs in the migration's
 * transaction: a database killed halfway opens without them and makes them again.
 */
final class CaseWordSetsBuild extends JavaStep {
    private static final Logger LOG = LoggerFactory.getLogger(CaseWordSetsBuild.class);
    private static final int SLICE = 65_536;
    private static final String SLICE_WORDS = "SELECT w.word, c.ref_number FROM case_record c "
            + "JOIN search_word w ON w.record_id = c.id WHERE c.ref_number BETWEEN ? AND ?";

    CaseWordSetsBuild() {
        super("51", "word sets of cases");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Transaction tx = new Transaction(context.getConnection(), false, null);
        LOG.info("word sets made for {} slices of cases", build(tx));
    }

    /** Makes every case's entries in the (empty) word sets from search_word; returns the number of slices. */
    static int build(Transaction tx) throws SQLException {
        int last = Sql.query(tx, "SELECT COALESCE(MAX(ref_number), 0) FROM case_record", List.of(),
                rs -> rs.getInt(1)).get(0);
        int slices = 0;
        for (int first = 0; first <= last; first += SLICE) {
            Map<String, RoaringBitmap> sets = new HashMap<>();
            Sql.stream(tx, SLICE_WORDS, List.of(first, first + SLICE - 1), rs -> {
                sets.computeIfAbsent(rs.getString(1), w -> new RoaringBitmap()).add(rs.getInt(2));
                return true;
            });
            CaseWordSets.addAll(tx, sets);
            slices++;
        }
        return slices;
    }
}

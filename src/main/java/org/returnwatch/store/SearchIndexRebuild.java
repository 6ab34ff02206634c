package org.returnwatch.store;

import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.returnwatch.domain.DomainRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema version 31: the search index written again under the rules of names across scripts
 * (readings in pinyin, Wade–Giles, Cantonese and both character sets; hyphens and apostrophes
 * dropped inside words), so that a database made before finds its records by every spelling. Runs
 * once, in the migration's transaction: a database killed halfway opens with its old index and runs
 * it again.
 */
final class SearchIndexRebuild extends JavaStep {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexRebuild.class);
    private static final int REINDEX_PAGE = 1_000;

    SearchIndexRebuild() {
        super("31", "search index with names across scripts");
    }

    @Override
    public void migrate(Context context) throws Exception {
        // migrations run before the seal key is read: the records are indexed as stored, their seals checked later
        Transaction tx = new Transaction(context.getConnection(), false, null);
        Sql.update(tx, "DELETE FROM search_word", List.of());
        RecordDirectory directory = new RecordDirectory();
        DataPointRepository points = new DataPointRepository();
        int n = 0;
        for (RecordRepository<?> repo : List.of(new CaseRepository(), new IncidentRepository(),
                new AgreementRepository(), new SeriesRepository(points), points, new SourceRepository(),
                new CitationRepository(directory), new ActorRepository(), new LinkRepository(directory))) {
            n += tx.unchecked(t -> reindex(t, repo));
        }
        LOG.info("search index rebuilt for {} records", n);
    }

    /**
     * Writes the search words of every record of this kind again, a page at a time: for a database
     * indexed under older rules. Returns how many records were indexed.
     */
    private static <T extends DomainRecord> int reindex(Transaction tx, RecordRepository<T> repo) throws SQLException {
        int done = 0;
        int after = 0;
        while (true) {
            List<T> page = repo.select(tx, "WHERE ref_number > ? ORDER BY ref_number LIMIT ?", List.of(after,
                    REINDEX_PAGE));
            if (page.isEmpty()) {
                return done;
            }
            for (T rec : page) {
                SearchIndex.writeWords(tx, rec.id(), repo.searchWordsWithRef(rec));
            }
            after = page.get(page.size() - 1).ref().number();
            done += page.size();
        }
    }
}

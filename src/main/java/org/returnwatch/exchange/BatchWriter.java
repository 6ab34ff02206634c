package org.returnwatch.exchange;

import java.util.List;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.store.ChangeOrigin;
import org.returnwatch.store.RecordRepository;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;
import org.returnwatch.work.ProgressListener;

/**
 * Writes a checked batch in one transaction, dependencies first. A record already in the database
 * (same identifier) is updated; a record whose reference code is taken by another record gets the
 * next free code, since cross-references were already resolved to identifiers. A cancel stops the
 * transaction, which then writes nothing.
 */
final class BatchWriter {
    private final Store store;

    BatchWriter(Store store) {
        this.store = store;
    }

    void write(ImportBatch b, String note) {
        write(b, new ProgressCounter(org.returnwatch.work.ProgressListener.NONE, b.size() + b.tactics().size()), note);
    }

    /** {@code note} says in the history what the records were written by ("import of partner.json"). */
    void write(ImportBatch b, ProgressCounter ticker, String note) {
        store.write(tx -> {
            tx.origin(ChangeOrigin.IMPORT, note);
            for (var t : b.tactics()) {
                ticker.tick();
                store.tactics().addIfMissing(tx, t);
            }
            upsertAll(tx, store.sources(), b.sources(), ticker);
            upsertAll(tx, store.actors(), b.actors(), ticker);
            upsertAll(tx, store.cases(), b.cases(), ticker);
            upsertAll(tx, store.incidents(), b.incidents(), ticker);
            upsertAll(tx, store.agreements(), b.agreements(), ticker);
            upsertAll(tx, store.series(), b.series(), ticker);
            upsertAll(tx, store.points(), b.points(), ticker);
            upsertAll(tx, store.links(), b.links(), ticker);
            upsertAll(tx, store.citations(), b.citations(), ticker);
            ticker.checkCancelled();
            return null;
        });
    }

    private <T extends DomainRecord> void upsertAll(Transaction tx, RecordRepository<T> repo, List<T> records,
                                                    ProgressCounter ticker) {
        for (T rec : records) {
            ticker.tick();
            boolean refTakenByOther = rec.ref() != null && (repo.findByRef(tx, rec.ref())
                    .map(other -> !other.id().equals(rec.id())).orElse(false) || store.merges().isRetired(tx, rec.ref()));
            repo.upsert(tx, refTakenByOther ? repo.withoutRef(rec) : rec);
        }
    }
}

package org.returnwatch.exchange;

import java.util.List;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.store.RecordRepository;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * Writes a checked batch in one transaction, dependencies first. A record already in the database
 * (same identifier) is updated; a record whose reference code is taken by another record gets the
 * next free code, since cross-references were already resolved to identifiers.
 */
final class BatchWriter {
    private final Store store;

    BatchWriter(Store store) {
        this.store = store;
    }

    void write(ImportBatch b) {
        store.write(tx -> {
            for (var t : b.tactics()) {
                store.tactics().addIfMissing(tx, t);
            }
            upsertAll(tx, store.sources(), b.sources());
            upsertAll(tx, store.actors(), b.actors());
            upsertAll(tx, store.cases(), b.cases());
            upsertAll(tx, store.incidents(), b.incidents());
            upsertAll(tx, store.agreements(), b.agreements());
            upsertAll(tx, store.series(), b.series());
            upsertAll(tx, store.points(), b.points());
            upsertAll(tx, store.links(), b.links());
            upsertAll(tx, store.citations(), b.citations());
            return null;
        });
    }

    private <T extends DomainRecord> void upsertAll(Transaction tx, RecordRepository<T> repo, List<T> records) {
        for (T rec : records) {
            boolean refTakenByOther = rec.ref() != null && repo.findByRef(tx, rec.ref())
                    .map(other -> !other.id().equals(rec.id())).orElse(false);
            repo.upsert(tx, refTakenByOther ? repo.withoutRef(rec) : rec);
        }
    }
}

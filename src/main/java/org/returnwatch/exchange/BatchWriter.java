package org.returnwatch.exchange;

import java.util.List;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.store.BulkWrite;
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
 *
 * <p>Imports write in bulk ({@link BulkWrite}: JDBC batches, set-wise look-ups). Writing record by
 * record through the repositories, as a save does, is kept as the reference the bulk path must match.
 */
final class BatchWriter {
    private final Store store;
    private final boolean bulk;

    BatchWriter(Store store) {
        this(store, true);
    }

    /** With {@code bulk} false, every record goes through its repository's insert or update, one by one. */
    BatchWriter(Store store, boolean bulk) {
        this.store = store;
        this.bulk = bulk;
    }

    void write(ImportBatch b, String note) {
        write(b, new ProgressCounter(ProgressListener.NONE, b.size() + b.tactics().size()), note);
    }

    /** {@code note} says in the history what the records were written by ("import of partner.json"). */
    void write(ImportBatch b, ProgressCounter ticker, String note) {
        store.write(tx -> {
            tx.origin(ChangeOrigin.IMPORT, note);
            for (var t : b.tactics()) {
                ticker.tick();
                store.tactics().addIfMissing(tx, t);
            }
            try (BulkWrite writes = bulk ? new BulkWrite(tx) : null) {
                Upserts u = writes != null ? new Upserts() {
                    @Override
                    public <T extends DomainRecord> void all(RecordRepository<T> repo, List<T> records) {
                        writes.upsertAll(repo, records, ticker::tick);
                    }
                } : new Upserts() {
                    @Override
                    public <T extends DomainRecord> void all(RecordRepository<T> repo, List<T> records) {
                        oneByOne(tx, repo, records, ticker);
                    }
                };
                u.all(store.sources(), b.sources());
                u.all(store.actors(), b.actors());
                u.all(store.cases(), b.cases());
                u.all(store.incidents(), b.incidents());
                u.all(store.agreements(), b.agreements());
                u.all(store.series(), b.series());
                u.all(store.points(), b.points());
                u.all(store.links(), b.links());
                u.all(store.citations(), b.citations());
            }
            ticker.checkCancelled();
            return null;
        });
    }

    private interface Upserts {
        <T extends DomainRecord> void all(RecordRepository<T> repo, List<T> records);
    }

    private <T extends DomainRecord> void oneByOne(Transaction tx, RecordRepository<T> repo, List<T> records,
                                                   ProgressCounter ticker) {
        for (T rec : records) {
            ticker.tick();
            boolean refTakenByOther = rec.ref() != null && (repo.findByRef(tx, rec.ref())
                    .map(other -> !other.id().equals(rec.id())).orElse(false) || store.merges()
                            .isRetired(tx, rec.ref()));
            repo.upsert(tx, refTakenByOther ? repo.withoutRef(rec) : rec);
        }
    }
}

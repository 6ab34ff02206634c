package org.returnwatch.exchange;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.RefNumbers;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * Reference codes for records built from someone else's spreadsheet: a record imported before keeps
 * its code; a new one gets the next free code, as it will when it is written.
 */
final class RefAllocator {
    private final Store store;
    private final Transaction tx;
    private final Map<RecordKind, Integer> last = new EnumMap<>(RecordKind.class);

    RefAllocator(Store store, Transaction tx) {
        this.store = store;
        this.tx = tx;
    }

    Reference ref(RecordKind kind, UUID id) {
        return store.repository(kind).find(tx, id).map(DomainRecord::ref).orElseGet(() -> {
            int n = last.computeIfAbsent(kind, k -> RefNumbers.max(store, tx, k)) + 1;
            last.put(kind, n);
            return new Reference(kind, n);
        });
    }

    boolean exists(Reference ref) {
        return store.findByRef(tx, ref).isPresent();
    }
}

package org.returnwatch.cli;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * The reference codes of records named by identifier, looked up once each within one read
 * transaction; a map so that the JSON writer can use it directly.
 */
final class ReferenceLookup extends AbstractMap<UUID, Reference> {
    private final Store store;
    private final Transaction tx;
    private final Map<UUID, Reference> cache = new HashMap<>();

    ReferenceLookup(Store store, Transaction tx) {
        this.store = store;
        this.tx = tx;
    }

    @Override
    public Reference get(Object key) {
        return cache.computeIfAbsent((UUID) key, id -> store.directory().referenceOf(tx, id).orElse(null));
    }

    /** The code as text, or the bare identifier when no record has it. */
    String text(UUID id) {
        Reference r = get(id);
        return r == null ? id.toString() : r.toString();
    }

    @Override
    public Set<Entry<UUID, Reference>> entrySet() {
        return Set.of();
    }
}

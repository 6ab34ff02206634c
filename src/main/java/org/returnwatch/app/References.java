package org.returnwatch.app;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;

/**
 * The reference codes of records named by identifier, each looked up once, as a map so that the
 * JSON record writer can use it directly. Each look-up reads the database: use it off the window's thread.
 */
public final class References extends AbstractMap<UUID, Reference> {
    private final Store store;
    private final Map<UUID, Reference> cache = new HashMap<>();

    References(Store store) {
        this.store = store;
    }

    @Override
    public Reference get(Object key) {
        return cache.computeIfAbsent((UUID) key, id -> store.read(tx -> store.directory().referenceOf(tx, id))
                .orElse(null));
    }

    /** The code as text, or the bare identifier when no record has it. */
    public String text(UUID id) {
        Reference r = get(id);
        return r == null ? id.toString() : r.toString();
    }

    @Override
    public Set<Entry<UUID, Reference>> entrySet() {
        return Set.of();
    }
}

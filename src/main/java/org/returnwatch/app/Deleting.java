package org.returnwatch.app;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Store;

/**
 * Deleting a record with everything that goes with it, after the user has been told what that is,
 * and putting it all back (undo).
 */
public final class Deleting {
    private final Store store;

    Deleting(Store store) {
        this.store = store;
    }

    /** What deleting a record would remove, and the titles of what links to it; nothing is changed. */
    public record Plan(Deletion deletion, Map<UUID, String> titles) {
        public Plan {
            titles = Map.copyOf(titles);
        }

        /** What the user is told before deleting. */
        public String describe() {
            return deletion.describe(id -> titles.getOrDefault(id, id.toString()));
        }
    }

    public Plan plan(RecordKind kind, UUID id) {
        return store.read(tx -> {
            Deletion d = Deletion.plan(store, tx, kind, id);
            Map<UUID, String> titles = new HashMap<>();
            for (Link l : d.links()) {
                boolean from = l.fromId().equals(id);
                UUID other = from ? l.toId() : l.fromId();
                store.find(tx, from ? l.toKind() : l.fromKind(), other)
                        .ifPresent(r -> titles.put(other, RecordItem.of(r).toString()));
            }
            return new Plan(d, titles);
        });
    }

    /** Deletes as planned, in one transaction; the answer is what undo needs. */
    public Deletion delete(Plan plan) {
        return store.write(tx -> {
            plan.deletion().execute(store, tx);
            return plan.deletion();
        });
    }

    /** Puts a deleted record back with its dependents, citations and links; answers the record. */
    public DomainRecord undo(Deletion d) {
        return store.write(tx -> {
            d.restore(store, tx);
            return d.record();
        });
    }
}

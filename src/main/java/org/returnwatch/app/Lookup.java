package org.returnwatch.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.RecordRepository;
import org.returnwatch.store.Store;

/** Finding records: by reference, by the words of a search, where one opens, how many there are. */
public final class Lookup {
    private final Store store;

    Lookup(Store store) {
        this.store = store;
    }

    /** How many records of each kind, for status bars and sidebars. */
    public Map<RecordKind, Integer> counts() {
        return store.read(store::counts);
    }

    public Optional<DomainRecord> byRef(Reference ref) {
        return store.read(tx -> store.findByRef(tx, ref));
    }

    /** The record with this reference (or the one it was merged into) and everything printed about it. */
    public Optional<RecordSheet> sheet(Reference ref) {
        return store.read(tx -> RecordSheet.read(store, tx, ref));
    }

    /** Reference codes by identifier, each read when first asked for. */
    public References references() {
        return new References(store);
    }

    public Optional<DomainRecord> find(RecordKind kind, UUID id) {
        return store.read(tx -> store.find(tx, kind, id));
    }

    /**
     * The record whose screen shows this one: an incident opens in its case, a data point in its
     * series, anything else as itself; empty when it no longer exists.
     */
    public Optional<RecordItem> home(RecordKind kind, UUID id) {
        return store.read(tx -> switch (kind) {
            case INCIDENT -> store.incidents().find(tx, id).map(i -> new RecordItem(RecordKind.CASE, i.caseId(), null,
                    ""));
            case DATA_POINT -> store.points().find(tx, id).map(p -> new RecordItem(RecordKind.SERIES, p.seriesId(),
                    null, ""));
            default -> store.find(tx, kind, id).map(RecordItem::of);
        });
    }

    /** One page of the records of a kind whose words match {@code query}, in reference order. */
    public <T extends DomainRecord> List<T> page(RecordKind kind, String query, int offset, int limit) {
        return store.read(tx -> this.<T>repo(kind).search(tx, query, offset, limit));
    }

    public int count(RecordKind kind, String query) {
        return store.read(tx -> repo(kind).count(tx, query));
    }

    public List<RecordItem> sources() {
        return store.read(tx -> CaseStory.sources(store, tx));
    }

    public List<Tactic> tactics() {
        return store.read(tx -> store.tactics().all(tx));
    }

    @SuppressWarnings("unchecked")
    private <T extends DomainRecord> RecordRepository<T> repo(RecordKind kind) {
        return (RecordRepository<T>) store.repository(kind);
    }
}

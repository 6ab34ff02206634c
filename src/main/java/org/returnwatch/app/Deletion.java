package org.returnwatch.app;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Series;
import org.returnwatch.i18n.Localization;
import org.returnwatch.store.RecordRepository;
import org.returnwatch.store.RecordUsage;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * Everything that goes when a record goes (its incidents or data points, the citations of all
 * of them, every link touching them), read before deleting so that undo can put it all back.
 */
public record Deletion(DomainRecord record, List<DomainRecord> dependents, List<Citation> citations,
                       List<Link> links, List<String> blockers) {

    /** Reads what deleting the record would remove; nothing is changed. */
    static Deletion plan(Store store, Transaction tx, RecordKind kind, UUID id) {
        DomainRecord rec = store.find(tx, kind, id)
                .orElseThrow(() -> new IllegalStateException("the record no longer exists"));
        List<DomainRecord> dependents = new ArrayList<>();
        if (rec instanceof org.returnwatch.domain.Case) {
            dependents.addAll(store.incidents().forCase(tx, id));
        } else if (rec instanceof Series s) {
            dependents.addAll(s.points());
        }
        Map<UUID, Citation> citations = new LinkedHashMap<>();
        Map<UUID, Link> links = new LinkedHashMap<>();
        List<UUID> ids = new ArrayList<>(dependents.stream().map(DomainRecord::id).toList());
        ids.add(0, id);
        for (UUID g : ids) {
            store.citations().forRecord(tx, g).forEach(c -> citations.put(c.id(), c));
            store.links().touching(tx, g).forEach(l -> links.put(l.id(), l));
        }
        if (kind == RecordKind.SOURCE) {
            // the database keeps no citation of a missing source, so those citations go too
            store.citations().forSource(tx, id).forEach(c -> citations.put(c.id(), c));
        }
        RecordUsage usage = new RecordUsage(store.incidents());
        List<String> blockers = new ArrayList<>();
        if (kind == RecordKind.ACTOR) {
            usage.incidentsByPerpetrator(tx, id).forEach(i -> blockers.add(lang("{0}: the perpetrator",
                    i.ref() + "  " + i.displayName())));
        } else if (kind == RecordKind.SOURCE) {
            usage.historyStepsNaming(tx, id).forEach(step -> blockers.add(Localization.say(step)));
        }
        return new Deletion(rec, List.copyOf(dependents), List.copyOf(citations.values()),
                List.copyOf(links.values()), List.copyOf(blockers));
    }

    /** Deletes the record with everything planned; in the caller's transaction. */
    void execute(Store store, Transaction tx) {
        if (record.kind() == RecordKind.SOURCE) {
            for (Citation c : citations) {
                if (c.sourceId().equals(record.id()) && store.citations().exists(tx, c.id())) {
                    store.citations().delete(tx, c.id(), c.version());
                }
            }
        }
        store.repository(record.kind()).delete(tx, record.id(), record.version());
    }

    /** Puts everything back, under the old reference codes unless another record took one meanwhile. */
    void restore(Store store, Transaction tx) {
        insert(store, tx, record);
        dependents.forEach(d -> insert(store, tx, d));
        citations.forEach(c -> insert(store, tx, c));
        for (Link l : links) {
            boolean ends = store.directory().exists(tx, l.fromKind(), l.fromId())
                    && store.directory().exists(tx, l.toKind(), l.toId());
            if (ends) {
                insert(store, tx, l);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void insert(Store store, Transaction tx, DomainRecord r) {
        RecordRepository<DomainRecord> repo = (RecordRepository<DomainRecord>) store.repository(r.kind());
        boolean taken = r.ref() != null && store.findByRef(tx, r.ref()).isPresent();
        repo.insert(tx, taken ? repo.withoutRef(r) : r);
    }

    /** What the user is told before deleting: what links to the record and what goes with it. */
    public String describe(java.util.function.Function<UUID, String> titleOf) {
        StringBuilder b = new StringBuilder();
        b.append(lang("Delete {0}?", RecordItem.of(record)));
        if (!dependents.isEmpty()) {
            b.append("\n\n").append(record.kind() == RecordKind.CASE
                    ? lang("With it go its {0} incidents.", dependents.size())
                    : lang("With it go its {0} data points.", dependents.size()));
        }
        if (!links.isEmpty()) {
            b.append("\n\n").append(lang("Linked records (the links go too):"));
            for (Link l : links) {
                UUID other = l.fromId().equals(record.id()) ? l.toId() : l.fromId();
                b.append("\n  • ").append(titleOf.apply(other)).append(" — ").append(Localization.label(l.relation()));
            }
        }
        if (!citations.isEmpty()) {
            b.append("\n\n").append(lang("{0} citation(s) go too.", citations.size()));
        }
        b.append("\n\n").append(lang("You can undo this with Edit → Undo delete."));
        return b.toString();
    }
}

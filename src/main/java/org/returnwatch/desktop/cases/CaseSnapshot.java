package org.returnwatch.desktop.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.links.RelatedRecords;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/** A case with everything the detail screen shows around it, read in one transaction. */
record CaseSnapshot(Case c, List<Incident> incidents, Map<UUID, RecordItem> actorsById,
                    RelatedRecords.Snapshot related, List<Tactic> tactics, List<RecordItem> sources) {

    static CaseSnapshot read(Store store, Transaction tx, UUID id) {
        Case c = store.cases().find(tx, id).orElseThrow(() -> new RecordNotFoundException(
                "the case no longer exists; it was deleted elsewhere"));
        return new CaseSnapshot(c, store.incidents().forCase(tx, id), actors(store, tx),
                RelatedRecords.read(store, tx, id), store.tactics().all(tx), sources(store, tx));
    }

    /** What a new, blank case needs for its form: the choices of perpetrators, tactics and sources. */
    static CaseSnapshot blank(Store store, Transaction tx) {
        return new CaseSnapshot(Case.named("New case"), List.of(), actors(store, tx), RelatedRecords.Snapshot.EMPTY,
                store.tactics().all(tx), sources(store, tx));
    }

    private static Map<UUID, RecordItem> actors(Store store, Transaction tx) {
        Map<UUID, RecordItem> people = new LinkedHashMap<>();
        for (Actor a : store.actors().all(tx)) {
            people.put(a.id(), RecordItem.of(a));
        }
        return people;
    }

    private static List<RecordItem> sources(Store store, Transaction tx) {
        return store.sources().all(tx).stream().map(RecordItem::of).toList();
    }
}

package org.returnwatch.app;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * A case with everything its screen shows around it, read in one transaction: its incidents, its
 * links and citations, and the choices its form offers (perpetrators, tactics, sources).
 */
public record CaseStory(Case c, List<Incident> incidents, Map<UUID, RecordItem> actorsById, Related related,
                        List<Tactic> tactics, List<RecordItem> sources, SourceDates sourceDates, List<String> team) {

    public CaseStory {
        incidents = List.copyOf(incidents);
        actorsById = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actorsById));
        tactics = List.copyOf(tactics);
        sources = List.copyOf(sources);
        team = List.copyOf(team);
    }

    static CaseStory read(Store store, Transaction tx, UUID id) {
        Case c = store.cases().find(tx, id).orElseThrow(() -> new RecordNotFoundException(
                "the case no longer exists; it was deleted elsewhere"));
        return new CaseStory(c, store.incidents().forCase(tx, id), actors(store, tx), Linking.read(store, tx, id),
                store.tactics().all(tx), sources(store, tx), SourceDates.read(store, tx), store.team().names(tx));
    }

    /** What a new, blank case needs for its form: the choices of perpetrators, tactics and sources. */
    static CaseStory blank(Store store, Transaction tx) {
        Case fresh = Case.named("New case").withCasework(CaseStatus.OPEN, null, LocalDate.now(), null);
        return new CaseStory(fresh, List.of(), actors(store, tx), Related.NONE,
                store.tactics().all(tx), sources(store, tx), SourceDates.read(store, tx), store.team().names(tx));
    }

    private static Map<UUID, RecordItem> actors(Store store, Transaction tx) {
        Map<UUID, RecordItem> people = new LinkedHashMap<>();
        for (Actor a : store.actors().all(tx)) {
            people.put(a.id(), RecordItem.of(a));
        }
        return people;
    }

    static List<RecordItem> sources(Store store, Transaction tx) {
        return store.sources().all(tx).stream().map(RecordItem::of).toList();
    }
}

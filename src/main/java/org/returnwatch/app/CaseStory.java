package org.returnwatch.app;

import static org.returnwatch.i18n.Phrase.phrase;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
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
                        List<Tactic> tactics, List<RecordItem> sources, SourceDates sourceDates, List<String> team,
                        Map<UUID, ActorKind> actorKinds) {

    public CaseStory {
        incidents = List.copyOf(incidents);
        actorsById = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actorsById));
        tactics = List.copyOf(tactics);
        sources = List.copyOf(sources);
        team = List.copyOf(team);
        actorKinds = Map.copyOf(actorKinds);
    }

    static CaseStory read(Store store, Transaction tx, UUID id) {
        Case c = store.cases().find(tx, id).orElseThrow(() -> new RecordNotFoundException(
                phrase("the case no longer exists; it was deleted elsewhere")));
        List<Actor> actors = store.actors().all(tx);
        return new CaseStory(c, store.incidents().forCase(tx, id), byId(actors), Linking.read(store, tx, id),
                store.tactics().all(tx), sources(store, tx), SourceDates.read(store, tx), store.team().names(tx),
                kinds(actors));
    }

    /** What a new, blank case needs for its form: the choices of perpetrators, tactics and sources. */
    static CaseStory blank(Store store, Transaction tx) {
        Case fresh = Case.named("New case").withCasework(CaseStatus.OPEN, null, LocalDate.now(), null);
        List<Actor> actors = store.actors().all(tx);
        return new CaseStory(fresh, List.of(), byId(actors), Related.NONE,
                store.tactics().all(tx), sources(store, tx), SourceDates.read(store, tx), store.team().names(tx),
                kinds(actors));
    }

    private static Map<UUID, RecordItem> byId(List<Actor> actors) {
        Map<UUID, RecordItem> people = new LinkedHashMap<>();
        for (Actor a : actors) {
            people.put(a.id(), RecordItem.of(a));
        }
        return people;
    }

    /** What sort of party each actor is, for pickers that group them (agencies, officials, persons …). */
    private static Map<UUID, ActorKind> kinds(List<Actor> actors) {
        Map<UUID, ActorKind> kinds = new java.util.HashMap<>();
        for (Actor a : actors) {
            kinds.put(a.id(), a.actorKind());
        }
        return kinds;
    }

    static List<RecordItem> sources(Store store, Transaction tx) {
        return store.sources().all(tx).stream().map(RecordItem::of).toList();
    }
}

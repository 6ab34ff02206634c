package org.returnwatch.app;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * Everything one Save of a case writes, in one transaction. Every update carries the version read,
 * so a change saved meanwhile (another window, the command line) makes the whole save fail instead
 * of being overwritten.
 *
 * @param c             the case as the form stands, with the version it was read at (0 when new)
 * @param isNew         true for a case never saved
 * @param versions      the versions read of the case and its incidents, by id
 * @param toDelete      incidents removed from the timeline
 * @param toUpdate      incidents changed, each with the version read
 * @param toInsert      incidents added
 * @param citationEdits citations changed on the case's screen, each with the version read
 * @param newLinks      links added before the case's first save
 * @param newCitations  citations added before the case's first save
 */
public record CaseChanges(Case c, boolean isNew, Map<UUID, Long> versions, List<Incident> toDelete,
                          List<Incident> toUpdate, List<Incident> toInsert, List<Citation> citationEdits,
                          List<Link> newLinks, List<Citation> newCitations) {

    public CaseChanges {
        versions = Map.copyOf(versions);
        toDelete = List.copyOf(toDelete);
        toUpdate = List.copyOf(toUpdate);
        toInsert = List.copyOf(toInsert);
        citationEdits = List.copyOf(citationEdits);
        newLinks = List.copyOf(newLinks);
        newCitations = List.copyOf(newCitations);
    }

    /** A new case came in the day it was first saved, unless the form says otherwise. */
    static Case openedToday(Case c) {
        return c.opened() != null ? c : c.withCasework(c.status(), c.closeReason(), java.time.LocalDate.now(),
                c.holder());
    }

    Case apply(Store store, Transaction tx) {
        Case saved = isNew ? store.cases().insert(tx, CaseChanges.openedToday(c)) : store.cases().update(tx, c);
        for (Incident i : toDelete) {
            if (versions.containsKey(i.id())) {
                store.incidents().delete(tx, i.id(), versions.get(i.id()));
            }
        }
        toUpdate.forEach(i -> store.incidents().update(tx, i));
        toInsert.forEach(i -> store.incidents().insert(tx, i.ref() == null ? i : store.incidents().withoutRef(i)));
        citationEdits.forEach(ci -> store.citations().update(tx, ci));
        newLinks.forEach(l -> store.links().insert(tx, l));
        newCitations.forEach(ci -> store.citations().insert(tx, ci));
        return saved;
    }
}

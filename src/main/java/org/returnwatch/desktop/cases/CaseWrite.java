package org.returnwatch.desktop.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.dialog.DialogService.FieldDifference;
import org.returnwatch.desktop.links.CitationRow;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * Everything one Save of a case writes: made from the form on the FX thread, applied in one
 * transaction off it. Every update carries the version read, so a change saved meanwhile (another
 * window, the command line) makes the whole save fail instead of being overwritten.
 */
record CaseWrite(Case c, boolean isNew, List<Incident> toDelete, Map<UUID, Long> versions, List<Incident> toUpdate,
                 List<Incident> toInsert, List<Citation> citations, List<Link> newLinks, List<Citation> newCitations) {

    Case apply(Store store, Transaction tx) {
        Case saved = isNew ? store.cases().insert(tx, c) : store.cases().update(tx, c);
        for (Incident i : toDelete) {
            if (versions.containsKey(i.id())) {
                store.incidents().delete(tx, i.id(), versions.get(i.id()));
            }
        }
        toUpdate.forEach(i -> store.incidents().update(tx, i));
        toInsert.forEach(i -> store.incidents().insert(tx, i));
        citations.forEach(ci -> store.citations().update(tx, ci));
        newLinks.forEach(l -> store.links().insert(tx, l));
        newCitations.forEach(ci -> store.citations().insert(tx, ci));
        return saved;
    }

    /** The stored versions now of the case, its incidents and citations among {@code ids}; gone ones are left out. */
    static Map<UUID, Long> currentVersions(Store store, Transaction tx, UUID caseId, Collection<UUID> ids) {
        Map<UUID, Long> now = new HashMap<>();
        for (UUID id : ids) {
            (id.equals(caseId) ? store.cases().find(tx, id).map(Case::version)
                    : store.incidents().find(tx, id).map(Incident::version)
                    .or(() -> store.citations().find(tx, id).map(Citation::version)))
                    .ifPresent(v -> now.put(id, v));
        }
        return now;
    }

    /** The edited citations that differ from their stored version, one row each, for the conflict dialog. */
    static List<FieldDifference> citationDifferences(Store store, Transaction tx, List<CitationRow> mine) {
        List<FieldDifference> out = new ArrayList<>();
        for (CitationRow r : mine) {
            String theirs = store.citations().find(tx, r.citationId()).map(c -> describe(
                    store.sources().find(tx, c.sourceId()).map(s -> RecordItem.of(s).title()).orElse("(missing source)"),
                    c.locator(), c.field())).orElse("(deleted)");
            String own = describe(r.source().title(), r.locator(), r.field());
            if (!Objects.equals(own, theirs)) {
                out.add(new FieldDifference("Citation", own, theirs));
            }
        }
        return out;
    }

    private static String describe(String source, String locator, String field) {
        return source + (locator == null ? "" : ", " + locator) + (field == null ? "" : " (" + field + ")");
    }
}

package org.returnwatch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * Links and citations of a saved record: each is a record of its own, so adding or removing one is
 * written at once, in a transaction of its own, and answers with what the record has now.
 */
public final class Linking {
    /** The kinds a link can join, in the order a search lists them. */
    public static final List<RecordKind> LINKABLE = List.of(RecordKind.CASE, RecordKind.AGREEMENT, RecordKind.ACTOR,
            RecordKind.SERIES, RecordKind.DATA_POINT, RecordKind.SOURCE, RecordKind.INCIDENT);

    private final Store store;

    Linking(Store store) {
        this.store = store;
    }

    public Related read(UUID recordId) {
        return store.read(tx -> read(store, tx, recordId));
    }

    public Related addLink(Link link) {
        return addLink(link.fromId(), link);
    }

    /** Adds a link from one of the record's parts (a statistic's figure) and reads the record's list again. */
    public Related addLink(UUID recordId, Link link) {
        return change(recordId, tx -> store.links().insert(tx, link));
    }

    public Related removeLink(UUID recordId, LinkRow row) {
        return change(recordId, tx -> store.links().delete(tx, row.linkId(), row.version()));
    }

    public Related addCitation(Citation citation) {
        return change(citation.recordId(), tx -> store.citations().insert(tx, citation));
    }

    /** Saves a changed citation over the version it was read at (refused if it changed meanwhile). */
    public Related updateCitation(Citation citation) {
        return change(citation.recordId(), tx -> store.citations().update(tx, citation));
    }

    public Related removeCitation(UUID recordId, CitationRow row) {
        return change(recordId, tx -> store.citations().delete(tx, row.citationId(), row.version()));
    }

    /**
     * Records whose words match {@code query}, up to {@code perKind} of each linkable kind, without
     * {@code except} (the record being linked).
     */
    public List<RecordItem> candidates(String query, UUID except, int perKind) {
        return store.read(tx -> {
            List<RecordItem> found = new ArrayList<>();
            for (RecordKind k : LINKABLE) {
                for (DomainRecord r : store.repository(k).search(tx, query, 0, perKind)) {
                    if (!r.id().equals(except)) {
                        found.add(RecordItem.of(r));
                    }
                }
            }
            return found;
        });
    }

    private interface Change {
        void apply(Transaction tx);
    }

    private Related change(UUID recordId, Change change) {
        return store.write(tx -> {
            change.apply(tx);
            return read(store, tx, recordId);
        });
    }

    /**
     * What the record's screen lists, read in the caller's transaction. A statistic lists its figures'
     * links too ("RW-P-0015 conflicts with …"), so that a conflict shows wherever either figure is.
     */
    static Related read(Store store, Transaction tx, UUID id) {
        List<LinkRow> linkRows = new ArrayList<>();
        addLinks(store, tx, id, "", linkRows);
        for (DataPoint p : store.points().forSeries(tx, id)) {
            addLinks(store, tx, p.id(), p.ref() + " ", linkRows);
        }
        List<CitationRow> citationRows = new ArrayList<>();
        for (Citation c : store.citations().forRecord(tx, id)) {
            RecordItem source = store.sources().find(tx, c.sourceId()).map(RecordItem::of)
                    .orElse(new RecordItem(RecordKind.SOURCE, c.sourceId(), null, "(missing source)"));
            citationRows.add(new CitationRow(c.id(), c.version(), c.field(), c.locator(), source, c.note(), c.grade(),
                    c.stance(), c.claimant()));
        }
        return new Related(linkRows, citationRows);
    }

    private static void addLinks(Store store, Transaction tx, UUID id, String from, List<LinkRow> rows) {
        for (Link l : store.links().touching(tx, id)) {
            // a link between two figures of one statistic is listed once, from its first end
            if (rows.stream().anyMatch(r -> r.linkId().equals(l.id()))) {
                continue;
            }
            boolean outgoing = l.fromId().equals(id);
            RecordKind otherKind = outgoing ? l.toKind() : l.fromKind();
            UUID otherId = outgoing ? l.toId() : l.fromId();
            RecordItem other = store.find(tx, otherKind, otherId).map(RecordItem::of)
                    .orElse(new RecordItem(otherKind, otherId, null, "(missing)"));
            rows.add(new LinkRow(l.id(), l.version(),
                    from + (outgoing ? org.returnwatch.i18n.Localization.label(l.relation())
                            : l.relation().inverseLabel()), other, l.note()));
        }
    }
}

package org.returnwatch.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.store.Merges;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * One record with everything printed about it, read in one transaction: the records merged into it,
 * a case's timeline, its links (a statistic's figures' links apart), its citations with their sources.
 *
 * @param reachedThrough the reference asked for when it was merged into this record, else null
 */
public record RecordSheet(DomainRecord record, Merge reachedThrough, List<Merge> mergedIn, List<Incident> timeline,
                          List<LinkRow> links, List<FigureLink> figureLinks, List<Cited> citations) {

    /** A record merged into another: its old reference and the day. */
    public record Merge(Reference oldRef, LocalDate on) {
    }

    /** A link of one of a statistic's figures, read from that figure's end. */
    public record FigureLink(Reference figure, LinkRow link) {
    }

    /** A citation and the source it cites. */
    public record Cited(Citation citation, Source source) {
    }

    public RecordSheet {
        mergedIn = List.copyOf(mergedIn);
        timeline = List.copyOf(timeline);
        links = List.copyOf(links);
        figureLinks = List.copyOf(figureLinks);
        citations = List.copyOf(citations);
    }

    /** The record with this reference, or the one it was merged into; empty when neither exists. */
    static Optional<RecordSheet> read(Store store, Transaction tx, Reference ref) {
        Optional<DomainRecord> found = store.findByRef(tx, ref);
        Merge reachedThrough = null;
        if (found.isEmpty()) {
            Optional<Merges.Merged> merged = store.merges().ofReference(tx, ref);
            found = merged.flatMap(m -> store.find(tx, m.kind(), m.keptId()));
            if (found.isPresent()) {
                reachedThrough = new Merge(ref, merged.get().mergedAt().toLocalDate());
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DomainRecord rec = found.get();
        List<Merge> mergedIn = store.merges().into(tx, rec.id()).stream()
                .map(m -> new Merge(m.oldRef(), m.mergedAt().toLocalDate())).toList();
        List<Incident> timeline = rec instanceof Case c ? store.incidents().forCase(tx, c.id()) : List.of();
        List<LinkRow> links = store.links().touching(tx, rec.id()).stream()
                .map(l -> LinkRow.read(store, tx, rec.id(), l, "")).toList();
        List<Cited> citations = new ArrayList<>();
        for (Citation c : store.citations().forRecord(tx, rec.id())) {
            citations.add(new Cited(c, store.sources().find(tx, c.sourceId()).orElseThrow()));
        }
        return Optional.of(new RecordSheet(rec, reachedThrough, mergedIn, timeline, links,
                rec instanceof Series s ? figureLinks(store, tx, s) : List.of(), citations));
    }

    /** A link between two figures of one statistic is listed once, from its first end. */
    private static List<FigureLink> figureLinks(Store store, Transaction tx, Series series) {
        Map<UUID, FigureLink> byLink = new LinkedHashMap<>();
        for (DataPoint p : series.points()) {
            for (Link l : store.links().touching(tx, p.id())) {
                byLink.computeIfAbsent(l.id(), id -> new FigureLink(p.ref(), LinkRow.read(store, tx, p.id(), l, "")));
            }
        }
        return List.copyOf(byLink.values());
    }
}

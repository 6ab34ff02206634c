package org.returnwatch.app;

import static org.returnwatch.i18n.Phrase.phrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.Tactic;
import org.returnwatch.dossier.CaseFile;
import org.returnwatch.exchange.Dataset;
import org.returnwatch.exchange.Pseudonymiser;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * Reads what a case's dossier prints, in one transaction, and makes the pseudonymised copy of it
 * with the same rules as a pseudonymised export (names to codes, notes removed), leaving out file
 * names, images and follow-ups, which the export's rules do not cover.
 */
final class CaseFileReader {
    /** Images up to this size are printed in the dossier; larger ones are listed only. */
    static final long MAX_PRINTED_IMAGE = 2L * 1024 * 1024;

    private final Store store;

    CaseFileReader(Store store) {
        this.store = store;
    }

    CaseFile read(Transaction tx, UUID caseId, Pseudonymiser pseudonymiser) {
        Case c = store.cases().find(tx, caseId)
                .orElseThrow(() -> new RecordNotFoundException(phrase("the case no longer exists")));
        List<Incident> incidents = store.incidents().forCase(tx, caseId);
        List<Link> links = store.links().touching(tx, caseId);
        Map<UUID, DomainRecord> others = new LinkedHashMap<>();
        for (Link l : links) {
            boolean out = l.fromId().equals(caseId);
            store.find(tx, out ? l.toKind() : l.fromKind(), out ? l.toId() : l.fromId())
                    .ifPresent(r -> others.put(r.id(), r));
        }
        Map<UUID, Actor> actors = new LinkedHashMap<>();
        for (Incident i : incidents) {
            if (i.perpetratorId() != null) {
                store.actors().find(tx, i.perpetratorId()).ifPresent(a -> actors.put(a.id(), a));
            }
        }
        List<Citation> citations = new ArrayList<>(store.citations().forRecord(tx, caseId));
        for (Incident i : incidents) {
            citations.addAll(store.citations().forRecord(tx, i.id()));
        }
        Map<UUID, Source> sources = new LinkedHashMap<>();
        for (Citation ct : citations) {
            sources.computeIfAbsent(ct.sourceId(), id -> store.sources().find(tx, id).orElseThrow());
        }
        List<Attachment> files = new ArrayList<>(store.attachments().forRecord(tx, caseId));
        for (Incident i : incidents) {
            files.addAll(store.attachments().forRecord(tx, i.id()));
        }
        Map<String, String> tactics = new HashMap<>();
        for (Tactic t : store.tactics().all(tx)) {
            tactics.put(t.code(), t.label());
        }

        Dataset d = new Dataset(store.tactics().all(tx), List.copyOf(sources.values()), merge(actors, others),
                concat(List.of(c), only(others, Case.class)), concat(incidents, only(others, Incident.class)),
                only(others, Agreement.class), only(others, Series.class), citations, links);
        boolean exact = pseudonymiser == null;
        if (!exact) {
            d = pseudonymiser.apply(d);
        }
        Map<UUID, DomainRecord> byId = new HashMap<>();
        d.kinds().forEach(list -> list.forEach(r -> byId.put(r.id(), r)));
        for (DomainRecord r : others.values()) {
            byId.putIfAbsent(r.id(), r);
        }
        List<CaseFile.Linked> linked = new ArrayList<>();
        for (Link l : d.links()) {
            boolean out = l.fromId().equals(caseId);
            DomainRecord other = byId.get(out ? l.toId() : l.fromId());
            if (other != null) {
                linked.add(new CaseFile.Linked(out ? org.returnwatch.i18n.Localization.label(l.relation())
                        : org.returnwatch.i18n.Localization.lang(l.relation().inverseLabel()), other,
                        l.note()));
            }
        }
        List<CaseFile.Cited> cited = new ArrayList<>();
        for (Citation ct : d.citations()) {
            cited.add(new CaseFile.Cited(ct, about(byId.get(ct.recordId())), (Source) byId.get(ct.sourceId())));
        }
        Map<UUID, Actor> printedActors = new LinkedHashMap<>();
        actors.keySet().forEach(id -> printedActors.put(id, (Actor) byId.get(id)));
        Case printed = (Case) byId.get(caseId);
        List<Incident> timeline = d.incidents().stream().filter(i -> i.caseId().equals(caseId)).toList();
        if (exact) {
            return new CaseFile(printed, timeline, printedActors, tactics, linked, cited, files, images(tx, files),
                    store.followUps().forCase(tx, caseId));
        }
        List<Attachment> listed = files.stream().map(a -> new Attachment(a.id(), a.ref(), a.recordKind(), a.recordId(),
                a.ref().toString(), a.mediaType(), a.size(), a.sha256(), null, a.addedAt(), null, a.derivedFrom()))
                .toList();
        return new CaseFile(printed, timeline, printedActors, tactics, linked, cited, listed, Map.of(), List.of());
    }

    private Map<UUID, byte[]> images(Transaction tx, List<Attachment> files) {
        Map<UUID, byte[]> out = new HashMap<>();
        for (Attachment a : files) {
            if ((a.mediaType().equals("image/jpeg") || a.mediaType().equals("image/png"))
                    && a.size() <= MAX_PRINTED_IMAGE) {
                out.put(a.id(), store.attachments().readContent(tx, a.id(), in -> in.readAllBytes()));
            }
        }
        return out;
    }

    private static String about(DomainRecord r) {
        if (r == null) {
            return "";
        }
        if (r instanceof Incident i) {
            return i.ref() + " · " + (i.date().isKnown() ? org.returnwatch.i18n.DateWords.show(i.date()) : "?");
        }
        return r.ref().toString();
    }

    private static List<Actor> merge(Map<UUID, Actor> perpetrators, Map<UUID, DomainRecord> others) {
        Map<UUID, Actor> all = new LinkedHashMap<>(perpetrators);
        only(others, Actor.class).forEach(a -> all.putIfAbsent(a.id(), a));
        return List.copyOf(all.values());
    }

    private static <T> List<T> only(Map<UUID, DomainRecord> records, Class<T> type) {
        return records.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }
}

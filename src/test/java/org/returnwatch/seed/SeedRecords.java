package org.returnwatch.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Attribution;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.PointKind;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.store.Store;

/** The seed dataset as a database holds it, read by reference code and said in the words of seeds/README.md. */
record SeedRecords(Store store) {

    <T> T get(String ref, Class<T> type) {
        return type.cast(store.read(tx -> store.findByRef(tx, Reference.parse(ref))).orElseThrow(
                () -> new AssertionError("no record " + ref)));
    }

    <T> List<T> all(RecordKind kind, Class<T> type) {
        return store.read(tx -> store.repository(kind).all(tx)).stream().map(type::cast).toList();
    }

    DataPoint point(String ref) {
        return get(ref, DataPoint.class);
    }

    Series series(String ref) {
        return get(ref, Series.class);
    }

    Agreement agreement(String ref) {
        return get(ref, Agreement.class);
    }

    Actor actor(String ref) {
        return get(ref, Actor.class);
    }

    Incident incident(String ref) {
        return get(ref, Incident.class);
    }

    Case caseOf(String ref) {
        return get(ref, Case.class);
    }

    Citation citation(String ref) {
        return get(ref, Citation.class);
    }

    Link link(String ref) {
        return get(ref, Link.class);
    }

    Source source(String ref) {
        return get(ref, Source.class);
    }

    List<Incident> incidentsOf(String caseRef) {
        return store.read(tx -> store.incidents().forCase(tx, caseOf(caseRef).id()));
    }

    List<Citation> citationsOf(Source s) {
        return store.read(tx -> store.citations().forSource(tx, s.id()));
    }

    /** The only point of a series. */
    DataPoint singlePoint(String seriesRef) {
        List<DataPoint> points = store.read(tx -> store.points().forSeries(tx, series(seriesRef).id()));
        assertThat(points).as(seriesRef).hasSize(1);
        return points.get(0);
    }

    Series seriesOf(DataPoint p) {
        return store.read(tx -> store.series().find(tx, p.seriesId())).orElseThrow();
    }

    /** The trend points of a series, in reference order. */
    List<DataPoint> trends(String seriesRef) {
        return store.read(tx -> store.points().forSeries(tx, series(seriesRef).id())).stream()
                .filter(p -> p.pointKind() == PointKind.TREND)
                .sorted(java.util.Comparator.comparing(p -> p.ref().toString())).toList();
    }

    /** "RW-SRC-0002 para. 34": the source and place of a citation. */
    String place(Citation c) {
        return sourceRef(c.sourceId()) + " " + c.locator();
    }

    /** "RW-SRC-0002 para. 24": the source and place a step of a history names. */
    String place(Attribution a) {
        return a.sourceId() == null ? "no source" : sourceRef(a.sourceId()) + " " + a.locator();
    }

    /** Where each citation that supports the record points, in reference order. */
    List<String> citedAt(DomainRecord r) {
        return citations(r).stream().filter(c -> !c.isCounterClaim()).map(this::place).toList();
    }

    List<Citation> counterClaims(DomainRecord r) {
        return citations(r).stream().filter(Citation::isCounterClaim).toList();
    }

    private List<Citation> citations(DomainRecord r) {
        return store.read(tx -> store.citations().forRecord(tx, r.id())).stream()
                .sorted(java.util.Comparator.comparing(c -> c.ref().toString())).toList();
    }

    /** The links of a relation that start at the record; a conflict is counted from either end. */
    List<Link> linksOf(DomainRecord r, LinkRelation relation) {
        return store.read(tx -> store.links().touching(tx, r.id())).stream().filter(l -> l.relation() == relation)
                .filter(l -> l.fromId().equals(r.id()) || relation == LinkRelation.CONFLICTS_WITH).toList();
    }

    /** The references of the records at the other end of those links. */
    List<String> linked(DomainRecord r, LinkRelation relation) {
        return linksOf(r, relation).stream().map(l -> l.fromId().equals(r.id()) ? ref(l.toKind(), l.toId())
                : ref(l.fromKind(), l.fromId())).toList();
    }

    /** Every date the dataset marks as hedged by its source: "RW-C-0010 step 2", "RW-P-0001", "RW-SRC-0001". */
    List<String> hedgedDates() {
        List<String> hedged = new ArrayList<>();
        all(RecordKind.SOURCE, Source.class).stream().filter(s -> s.published().approximate())
                .forEach(s -> hedged.add(s.ref().toString()));
        all(RecordKind.INCIDENT, Incident.class).stream().filter(i -> i.date().approximate())
                .forEach(i -> hedged.add(i.ref().toString()));
        all(RecordKind.DATA_POINT, DataPoint.class).stream().filter(p -> p.period().date().approximate())
                .forEach(p -> hedged.add(p.ref().toString()));
        for (Agreement a : all(RecordKind.AGREEMENT, Agreement.class)) {
            for (int i = 0; i < a.statusHistory().size(); i++) {
                if (a.statusHistory().get(i).date().approximate()) {
                    hedged.add(a.ref() + " step " + (i + 1));
                }
            }
        }
        for (Case c : all(RecordKind.CASE, Case.class)) {
            for (int i = 0; i < c.outcomeHistory().size(); i++) {
                if (c.outcomeHistory().get(i).date().approximate()) {
                    hedged.add(c.ref() + " step " + (i + 1));
                }
            }
        }
        return hedged;
    }

    private String sourceRef(UUID id) {
        return store.read(tx -> store.sources().find(tx, id)).orElseThrow().ref().toString();
    }

    private String ref(RecordKind kind, UUID id) {
        return store.read(tx -> store.find(tx, kind, id)).orElseThrow().ref().toString();
    }
}

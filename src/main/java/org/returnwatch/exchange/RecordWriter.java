package org.returnwatch.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Attribution;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.StatusChange;

/**
 * Turns domain records into the JSON objects of the document (docs/json-format.md). Identifiers
 * of other records are written as their reference codes, looked up in {@code refs}.
 */
public final class RecordWriter {
    private final ObjectMapper mapper;
    private final Map<UUID, Reference> refs;

    public RecordWriter(ObjectMapper mapper, Map<UUID, Reference> refs) {
        this.mapper = mapper;
        this.refs = refs;
    }

    public ObjectNode write(DomainRecord rec) {
        return switch (rec.kind()) {
            case SOURCE -> source((Source) rec);
            case ACTOR -> actor((Actor) rec);
            case CASE -> caseRecord((Case) rec);
            case INCIDENT -> incident((Incident) rec);
            case AGREEMENT -> agreement((Agreement) rec);
            case SERIES -> series((Series) rec);
            case DATA_POINT -> point((DataPoint) rec);
            case CITATION -> citation((Citation) rec);
            case LINK -> link((Link) rec);
        };
    }

    private ObjectNode head(DomainRecord rec) {
        ObjectNode n = mapper.createObjectNode();
        n.put("ref", rec.ref().toString());
        n.put("id", rec.id().toString());
        n.put("version", rec.version());
        return n;
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void put(ObjectNode n, String field, Enum<?> value) {
        if (value != null) {
            n.put(field, value.name());
        }
    }

    private static void put(ObjectNode n, String field, FuzzyDate date) {
        if (date.isKnown()) {
            n.put(field, date.toText());
        }
    }

    private void putRef(ObjectNode n, String field, UUID id) {
        if (id != null) {
            Reference r = refs.get(id);
            n.put(field, r == null ? id.toString() : r.toString());
        }
    }

    private void putAttribution(ObjectNode n, Attribution a) {
        put(n, "claimedBy", a.claimedBy());
        putRef(n, "source", a.sourceId());
        put(n, "locator", a.locator());
    }

    private static void putList(ObjectNode n, String field, List<String> values) {
        ArrayNode a = n.putArray(field);
        values.forEach(a::add);
    }

    private ObjectNode source(Source s) {
        ObjectNode n = head(s);
        put(n, "title", s.title());
        put(n, "publisher", s.publisher());
        put(n, "author", s.author());
        put(n, "published", s.published());
        put(n, "url", s.url());
        put(n, "kind", s.sourceKind());
        put(n, "reliability", s.reliability());
        put(n, "note", s.note());
        return n;
    }

    private ObjectNode actor(Actor a) {
        ObjectNode n = head(a);
        put(n, "name", a.name());
        put(n, "nativeName", a.nativeName());
        put(n, "kind", a.actorKind());
        put(n, "country", a.country());
        put(n, "note", a.note());
        return n;
    }

    private ObjectNode caseRecord(Case c) {
        ObjectNode n = head(c);
        put(n, "name", c.name());
        put(n, "nativeName", c.nativeName());
        putList(n, "aliases", c.aliases());
        n.put("pseudonymous", c.pseudonymous());
        put(n, "caseKind", c.caseKind());
        put(n, "role", c.role());
        put(n, "originCountry", c.originCountry());
        put(n, "residenceCountry", c.residenceCountry());
        put(n, "residenceCity", c.residenceCity());
        putList(n, "nationalities", c.nationalities());
        put(n, "immigrationStatus", c.immigrationStatus());
        put(n, "targetCategory", c.targetCategory());
        put(n, "accusation", c.accusation());
        put(n, "amount", c.amount());
        put(n, "campaign", c.campaign());
        ArrayNode outcomes = n.putArray("outcomeHistory");
        for (OutcomeChange o : c.outcomeHistory()) {
            ObjectNode step = outcomes.addObject();
            put(step, "outcome", o.outcome());
            step.put("date", o.date().toText());
            put(step, "note", o.note());
            putAttribution(step, o.attribution());
        }
        put(n, "riskLevel", c.riskLevel());
        put(n, "summary", c.summary());
        put(n, "status", c.status());
        put(n, "closeReason", c.closeReason());
        put(n, "opened", c.opened() == null ? null : c.opened().toString());
        put(n, "holder", c.holder());
        return n;
    }

    private ObjectNode incident(Incident i) {
        ObjectNode n = head(i);
        putRef(n, "case", i.caseId());
        n.put("date", i.date().toText());
        put(n, "country", i.country());
        put(n, "place", i.place());
        putList(n, "tactics", i.tactics());
        ArrayNode perpetrators = n.putArray("perpetrators");
        i.perpetratorIds()
                .forEach(id -> perpetrators.add(refs.containsKey(id) ? refs.get(id).toString() : id.toString()));
        ArrayNode pressured = n.putArray("pressured");
        i.pressured().forEach(p -> pressured.add(p.name()));
        put(n, "hostStateRole", i.hostStateRole());
        put(n, "description", i.description());
        return n;
    }

    private ObjectNode agreement(Agreement a) {
        ObjectNode n = head(a);
        put(n, "title", a.title());
        put(n, "kind", a.agreementKind());
        putList(n, "parties", a.parties());
        put(n, "disclosure", a.disclosure());
        put(n, "summary", a.summary());
        ArrayNode history = n.putArray("statusHistory");
        for (StatusChange s : a.statusHistory()) {
            ObjectNode step = history.addObject();
            put(step, "status", s.status());
            step.put("date", s.date().toText());
            put(step, "note", s.note());
            putAttribution(step, s.attribution());
        }
        return n;
    }

    private ObjectNode series(Series s) {
        ObjectNode n = head(s);
        put(n, "name", s.name());
        put(n, "measure", s.measure());
        put(n, "unit", s.unit());
        putList(n, "countries", s.countries());
        put(n, "reportedBy", s.reportedBy());
        put(n, "description", s.description());
        ArrayNode points = n.putArray("points");
        s.points().forEach(p -> points.add(point(p)));
        return n;
    }

    private ObjectNode point(DataPoint p) {
        ObjectNode n = head(p);
        n.put("period", p.period().toText());
        if (!p.isFigure()) {
            put(n, "pointKind", p.pointKind());
            put(n, "trend", p.trend());
            put(n, "statement", p.statement());
        } else {
            n.put("value", p.value());
            if (p.high() != null) {
                n.put("high", p.high());
            }
            put(n, "qualifier", p.qualifier());
            put(n, "statement", p.statement());
        }
        put(n, "claimedBy", p.claimedBy());
        put(n, "note", p.note());
        return n;
    }

    private ObjectNode citation(Citation c) {
        ObjectNode n = head(c);
        putRef(n, "record", c.recordId());
        put(n, "field", c.field());
        putRef(n, "source", c.sourceId());
        put(n, "locator", c.locator());
        put(n, "note", c.note());
        if (c.grade() != null) {
            n.put("grade", c.grade().code());
        }
        put(n, "stance", c.stance());
        put(n, "claimant", c.claimant());
        return n;
    }

    private ObjectNode link(Link l) {
        ObjectNode n = head(l);
        putRef(n, "from", l.fromId());
        putRef(n, "to", l.toId());
        put(n, "relation", l.relation());
        put(n, "note", l.note());
        return n;
    }
}

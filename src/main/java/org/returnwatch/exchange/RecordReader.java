package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementKind;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Attribution;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.ImmigrationStatus;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.PointKind;
import org.returnwatch.domain.PressuredParty;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Reliability;
import org.returnwatch.domain.RiskLevel;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.SourceKind;
import org.returnwatch.domain.Stance;
import org.returnwatch.domain.StatusChange;
import org.returnwatch.domain.Tactic;
import org.returnwatch.domain.TargetCategory;
import org.returnwatch.domain.Trend;

/**
 * Turns the records of a parsed document into domain records. Every problem is collected; the
 * caller refuses the whole input if there is any.
 */
final class RecordReader {
    static final List<String> ARRAYS = List.of("tactics", "sources", "actors", "cases", "incidents", "agreements",
            "series",
            "citations", "links");
    private final String file;
    private final Problems problems;
    private final RefResolver refs;
    private final Set<String> tactics;
    private final ProgressCounter ticker;

    /** Adds to {@code problems}, which may already hold what the file's own reader found. */
    RecordReader(String file, RefResolver refs, Set<String> tactics, Problems problems, ProgressCounter ticker) {
        this.file = file;
        this.refs = refs;
        this.tactics = tactics;
        this.problems = problems;
        this.ticker = ticker;
    }

    Problems problems() {
        return problems;
    }

    /** How many records the document holds, points included: the checking half of an import's progress. */
    static long count(Map<String, List<InputRecord>> doc) {
        long n = 0;
        for (var e : doc.entrySet()) {
            for (InputRecord l : e.getValue()) {
                n++;
                JsonNode pts = e.getKey().equals("series") ? l.node().get("points") : null;
                n += pts != null && pts.isArray() ? pts.size() : 0;
            }
        }
        return n;
    }

    ImportBatch read(Map<String, List<InputRecord>> doc) {
        for (String name : doc.keySet()) {
            if (!ARRAYS.contains(name)) {
                problems.add(file, 0, name, phrase("is not a kind of record this document can hold ({0})",
                        String.join(", ", ARRAYS)));
            }
        }
        List<InputRecord> seriesNodes = doc.getOrDefault("series", List.of());
        List<InputRecord> pointNodes = new ArrayList<>();
        for (InputRecord s : seriesNodes) {
            var pts = s.node().get("points");
            if (pts != null && pts.isArray()) {
                for (int i = 0; i < pts.size(); i++) {
                    pointNodes.add(s.element("points", i));
                }
            }
        }
        List<Tactic> newTactics = all(doc, "tactics", null, this::tactic);
        newTactics.forEach(t -> tactics.add(t.code()));
        declare(doc.getOrDefault("sources", List.of()), RecordKind.SOURCE);
        declare(doc.getOrDefault("actors", List.of()), RecordKind.ACTOR);
        declare(doc.getOrDefault("cases", List.of()), RecordKind.CASE);
        declare(doc.getOrDefault("incidents", List.of()), RecordKind.INCIDENT);
        declare(doc.getOrDefault("agreements", List.of()), RecordKind.AGREEMENT);
        declare(seriesNodes, RecordKind.SERIES);
        declare(pointNodes, RecordKind.DATA_POINT);
        declare(doc.getOrDefault("citations", List.of()), RecordKind.CITATION);
        declare(doc.getOrDefault("links", List.of()), RecordKind.LINK);

        List<Series> series = new ArrayList<>();
        List<DataPoint> points = new ArrayList<>();
        for (InputRecord s : seriesNodes) {
            Series read = build(s, RecordKind.SERIES, this::series);
            if (read != null) {
                series.add(read);
                var pts = s.node().get("points");
                for (int i = 0; pts != null && pts.isArray() && i < pts.size(); i++) {
                    InputRecord p = s.element("points", i);
                    UUID seriesId = read.id();
                    DataPoint dp = build(p, RecordKind.DATA_POINT, f -> point(f, seriesId));
                    if (dp != null) {
                        points.add(dp);
                    }
                }
            }
        }
        return new ImportBatch(newTactics,
                all(doc, "sources", RecordKind.SOURCE, this::source),
                all(doc, "actors", RecordKind.ACTOR, this::actor),
                all(doc, "cases", RecordKind.CASE, this::caseRecord),
                all(doc, "incidents", RecordKind.INCIDENT, this::incident),
                all(doc, "agreements", RecordKind.AGREEMENT, this::agreement),
                series, points,
                all(doc, "citations", RecordKind.CITATION, this::citation),
                all(doc, "links", RecordKind.LINK, this::link));
    }

    private void declare(List<InputRecord> nodes, RecordKind kind) {
        Set<UUID> ids = new HashSet<>();
        for (InputRecord n : nodes) {
            FieldReader f = fields(n, kind);
            if (!n.node().isObject()) {
                continue;
            }
            Reference ref = f.ownRef(kind);
            UUID id = f.id(ref);
            if (ref != null && !refs.declare(ref, id)) {
                f.problem("ref", phrase("{0} appears more than once", ref));
            }
            if (id != null && !ids.add(id)) {
                f.problem("id", phrase("{0} appears more than once", id));
            }
        }
    }

    /** Built records carry their reference and identifier; a fresh version 0 means "not stored yet". */
    private <T> T build(InputRecord n, RecordKind kind, Function<FieldReader, T> builder) {
        ticker.tick();
        FieldReader f = fields(n, kind);
        if (!n.node().isObject()) {
            f.problem(null, phrase("is not a JSON object"));
            return null;
        }
        int before = problems.reports();
        try {
            T rec = builder.apply(f);
            return problems.reports() == before ? rec : null;
        } catch (IllegalArgumentException | NullPointerException e) {
            if (problems.reports() == before) {
                f.problem(null, e.getMessage());
            }
            return null;
        }
    }

    private <T> List<T> all(Map<String, List<InputRecord>> doc, String name, RecordKind kind, Function<FieldReader,
            T> builder) {
        List<T> out = new ArrayList<>();
        for (InputRecord n : doc.getOrDefault(name, List.of())) {
            T rec = build(n, kind, builder);
            if (rec != null) {
                out.add(rec);
            }
        }
        return out;
    }

    private FieldReader fields(InputRecord n, RecordKind kind) {
        return new FieldReader(n, file, problems, refs, kind);
    }

    private Tactic tactic(FieldReader f) {
        String code = f.required("code");
        if (code != null && !code.matches("[A-Z][A-Z0-9_]*")) {
            f.problem("code", phrase("\"{0}\" must be upper-case letters, digits and _ (e.g. VISA_DENIAL)", code));
        }
        return new Tactic(code, f.required("label"));
    }

    private Source source(FieldReader f) {
        Reference ref = f.ownRef(RecordKind.SOURCE);
        return new Source(f.id(ref), ref, 0, f.required("title"), f.text("publisher"), f.text("author"),
                f.date("published"), f.text("url"), f.enumValue("kind", SourceKind.class),
                f.enumValue("reliability", Reliability.class), f.text("note"));
    }

    private Actor actor(FieldReader f) {
        Reference ref = f.ownRef(RecordKind.ACTOR);
        return new Actor(f.id(ref), ref, 0, f.required("name"), f.text("nativeName"),
                f.enumValue("kind", ActorKind.class), f.text("country"), f.text("note"));
    }

    private Case caseRecord(FieldReader f) {
        Reference ref = f.ownRef(RecordKind.CASE);
        return new Case(f.id(ref), ref, 0, f.required("name"), f.text("nativeName"), f.list("aliases"),
                f.bool("pseudonymous"), caseKind(f), f.text("role"), f.text("originCountry"),
                f.text("residenceCountry"), f.text("residenceCity"), f.list("nationalities"),
                f.enumValue("immigrationStatus", ImmigrationStatus.class),
                f.enumValue("targetCategory", TargetCategory.class), f.text("accusation"), f.text("amount"),
                f.enumValue("campaign", Campaign.class), outcomes(f), f.enumValue("riskLevel", RiskLevel.class),
                f.text("summary"), status(f), f.text("closeReason"), f.day("opened"), f.text("holder"));
    }

    /** Absent in a document of an earlier release: the case is open. A closed case must say why. */
    private static CaseStatus status(FieldReader f) {
        CaseStatus status = f.enumValue("status", CaseStatus.class);
        String reason = f.text("closeReason");
        if (status == CaseStatus.CLOSED && (reason == null || reason.isBlank())) {
            f.problem("closeReason", phrase("is required when the status is closed (say why the case was closed)"));
            return CaseStatus.OPEN;
        }
        return status;
    }

    /** "caseKind"; a document of format version 1 says "contextual": true for a context record. */
    private static CaseKind caseKind(FieldReader f) {
        CaseKind kind = f.enumValue("caseKind", CaseKind.class);
        if (kind != null) {
            return kind;
        }
        return f.bool("contextual") ? CaseKind.CONTEXT : CaseKind.INDIVIDUAL;
    }

    /**
     * "outcomeHistory"; a document of format version 1 (or a mapped spreadsheet) gives one "outcome",
     * which becomes an undated first step.
     */
    private static List<OutcomeChange> outcomes(FieldReader f) {
        var node = f.array("outcomeHistory");
        if (node == null) {
            Outcome single = f.enumValue("outcome", Outcome.class);
            return single == null || single == Outcome.UNKNOWN ? List.of() : List.of(OutcomeChange.of(single));
        }
        List<OutcomeChange> history = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            FieldReader of = f.element("outcomeHistory", i, RecordKind.CASE);
            Outcome outcome = of.enumValue("outcome", Outcome.class);
            if (outcome == null) {
                of.problem("outcome", phrase("is required"));
            } else {
                history.add(new OutcomeChange(outcome, of.date("date"), of.text("note"), attribution(of)));
            }
        }
        return history;
    }

    private Incident incident(FieldReader f) {
        Reference ref = f.ownRef(RecordKind.INCIDENT);
        RefResolver.Target c = f.target("case", true, RecordKind.CASE);
        return new Incident(f.id(ref), ref, 0, c == null ? null : c.id(), f.date("date"), f.text("country"),
                f.text("place"), tactics(f), perpetrators(f), f.enums("pressured", PressuredParty.class),
                f.enumValue("hostStateRole", HostStateRole.class), f.text("description"));
    }

    /** "tactics", or in a document of format version 1 (or a mapped spreadsheet) one "tactic". */
    private List<String> tactics(FieldReader f) {
        // a problem names the field the document wrote
        boolean several = f.has("tactics");
        String field = several ? "tactics" : "tactic";
        List<String> codes = new ArrayList<>();
        if (several) {
            codes.addAll(f.list("tactics"));
        } else {
            String single = f.text("tactic");
            if (single != null && !single.isBlank()) {
                codes.add(single.strip());
            }
        }
        if (codes.isEmpty()) {
            f.problem(field, phrase("is required (a tactic code)"));
        }
        for (String tactic : codes) {
            if (!tactics.contains(tactic)) {
                f.problem(field, phrase("\"{0}\" is not on the tactic list ({1})", tactic,
                        String.join(", ", tactics)));
            }
        }
        return codes;
    }

    /** "perpetrators", or in a document of format version 1 one "perpetrator": actors' references. */
    private static List<UUID> perpetrators(FieldReader f) {
        List<UUID> ids = new ArrayList<>();
        if (f.has("perpetrators")) {
            for (RefResolver.Target t : f.targets("perpetrators", RecordKind.ACTOR)) {
                ids.add(t.id());
            }
        } else {
            RefResolver.Target single = f.target("perpetrator", false, RecordKind.ACTOR);
            if (single != null) {
                ids.add(single.id());
            }
        }
        return ids;
    }

    private Agreement agreement(FieldReader f) {
        Reference ref = f.ownRef(RecordKind.AGREEMENT);
        List<StatusChange> history = new ArrayList<>();
        var node = f.array("statusHistory");
        if (node != null) {
            for (int i = 0; i < node.size(); i++) {
                FieldReader sf = f.element("statusHistory", i, RecordKind.AGREEMENT);
                AgreementStatus status = sf.enumValue("status", AgreementStatus.class);
                if (status == null) {
                    sf.problem("status", phrase("is required"));
                } else {
                    history.add(new StatusChange(status, sf.date("date"), sf.text("note"), attribution(sf)));
                }
            }
        }
        return new Agreement(f.id(ref), ref, 0, f.required("title"), f.enumValue("kind", AgreementKind.class),
                f.list("parties"), f.enumValue("disclosure", Disclosure.class), f.text("summary"), history);
    }

    /** Who says a step of a history happened and where: claimedBy, source, locator. */
    private static Attribution attribution(FieldReader f) {
        RefResolver.Target source = f.target("source", false, RecordKind.SOURCE);
        String locator = f.text("locator");
        if (source == null && locator != null) {
            f.problem("locator", phrase("needs the source it is a place in (\"source\")"));
            return new Attribution(f.text("claimedBy"), null, null);
        }
        return new Attribution(f.text("claimedBy"), source == null ? null : source.id(), locator);
    }

    private Series series(FieldReader f) {
        Reference ref = f.ownRef(RecordKind.SERIES);
        Measure measure = f.enumValue("measure", Measure.class);
        if (measure == null) {
            f.problem("measure", phrase("is required (FLOW or STOCK)"));
        }
        return new Series(f.id(ref), ref, 0, f.required("name"), measure, f.required("unit"), f.list("countries"),
                f.text("reportedBy"), f.text("description"), List.of());
    }

    private DataPoint point(FieldReader f, UUID seriesId) {
        Reference ref = f.ownRef(RecordKind.DATA_POINT);
        PointKind kind = Objects.requireNonNullElse(f.enumValue("pointKind", PointKind.class), PointKind.FIGURE);
        return new DataPoint(f.id(ref), ref, 0, seriesId, f.period("period"),
                f.decimal("value", kind == PointKind.FIGURE), f.decimal("high", false),
                f.enumValue("qualifier", Qualifier.class), f.text("claimedBy"), f.text("note"), kind,
                f.text("statement"), f.enumValue("trend", Trend.class));
    }

    private Citation citation(FieldReader f) {
        Reference ref = f.ownRef(RecordKind.CITATION);
        RefResolver.Target record = f.target("record", true);
        RefResolver.Target source = f.target("source", true, RecordKind.SOURCE);
        return new Citation(f.id(ref), ref, 0, record == null ? null : record.kind(),
                record == null ? null : record.id(), f.text("field"), source == null ? null : source.id(),
                f.text("locator"), f.text("note"), f.grade("grade"), f.enumValue("stance", Stance.class),
                f.text("claimant"));
    }

    private Link link(FieldReader f) {
        Reference ref = f.ownRef(RecordKind.LINK);
        RefResolver.Target from = f.target("from", true);
        RefResolver.Target to = f.target("to", true);
        return new Link(f.id(ref), ref, 0, from == null ? null : from.kind(), from == null ? null : from.id(),
                to == null ? null : to.kind(), to == null ? null : to.id(),
                f.enumValue("relation", LinkRelation.class), f.text("note"));
    }
}

package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementKind;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Attribution;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.DateBound;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.FuzzyDateParser;
import org.returnwatch.domain.Grade;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.PeriodKind;
import org.returnwatch.domain.PointKind;
import org.returnwatch.domain.PressuredParty;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.SourceKind;
import org.returnwatch.domain.Stance;
import org.returnwatch.domain.StatusChange;
import org.returnwatch.domain.Trend;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * Every field that records what sources claim, stored and read back, through a JSON document, a CSV
 * zip and a pseudonymised copy: graded citations and denials, outcome and status histories with their
 * sources and in the sources' order, case kinds and nationalities, several tactics, perpetrators and
 * pressured parties, inferred and bounded dates, rates, figures in words, part-of and conflict links.
 */
class EvidenceFieldsRoundTripTest {
    @TempDir
    Path dir;
    final JsonExchange json = new JsonExchange();
    Store store;
    Source globe;
    Source ngo;
    Case group;
    Incident incident;
    Agreement talks;
    Series removals;
    DataPoint rate;
    DataPoint total;
    DataPoint part;
    DataPoint vague;
    DataPoint trend;
    Citation denial;

    @BeforeEach
    void evidence() throws Exception {
        store = TestDatabases.create(Files.createDirectories(dir.resolve("original")));
        globe = new Source(UUID.randomUUID(), null, 0, "Removals report", "Example Globe", null,
                FuzzyDateParser.parse("2020 (inferred)"), null, SourceKind.NEWS, null, null);
        ngo = new Source(UUID.randomUUID(), null, 0, "Returns study", "Example Defenders", null,
                FuzzyDateParser.parse("early 2022"), null, SourceKind.NGO_REPORT, null, null);
        Actor police = new Actor(UUID.randomUUID(), null, 0, "Provincial police", null, ActorKind.AGENCY, "China",
                null);
        Actor agent = new Actor(UUID.randomUUID(), null, 0, "Agent Example", null, ActorKind.PERSON, "China", null);
        group = new Case(UUID.randomUUID(), null, 0, "Listed targets", null, List.of(), false, CaseKind.GROUP,
                "people on a list", "China", "Canada", null, List.of("China", "Canada"), null, null, null, null, null,
                List.of(new OutcomeChange(Outcome.DETAINED_ABROAD, FuzzyDateParser.parse("2014-08"), "held",
                                new Attribution("Example Defenders", ngo.id(), "para. 24")),
                        new OutcomeChange(Outcome.RELEASED, FuzzyDateParser.parse("by late 2016 (inferred)"), null,
                                new Attribution(null, globe.id(), "para. 3"))),
                null, null);
        incident = new Incident(UUID.randomUUID(), null, 0, group.id(), FuzzyDateParser.parse("early 2017"), "China",
                null, List.of("FAMILY_PRESSURE", "FINANCIAL_PRESSURE"), List.of(police.id(), agent.id()),
                List.of(PressuredParty.RELATIVE, PressuredParty.BUSINESS_PARTNER, PressuredParty.LAWYER),
                HostStateRole.UNKNOWN, "accounts frozen, relatives and a lawyer called in");
        // undated steps stay where the source puts them; two sources date the same step differently
        talks = new Agreement(UUID.randomUUID(), null, 0, "Return talks", AgreementKind.OTHER,
                List.of("Canada", "China"),
                Disclosure.UNKNOWN, null, List.of(
                        new StatusChange(AgreementStatus.NEGOTIATING, FuzzyDateParser.parse("since 2015-01-01"), null),
                        new StatusChange(AgreementStatus.SIGNED_NOT_IMPLEMENTED, FuzzyDate.UNKNOWN, null,
                                new Attribution("a ministry", globe.id(), "para. 9")),
                        new StatusChange(AgreementStatus.BREACHED, FuzzyDateParser.parse("2016?"), null),
                        new StatusChange(AgreementStatus.ABANDONED, FuzzyDateParser.parse("2020 (inferred)"), null,
                                new Attribution(null, globe.id(), "para. 12")),
                        new StatusChange(AgreementStatus.ABANDONED, FuzzyDateParser.parse("2016 (inferred)"), null,
                                new Attribution("Example Defenders", ngo.id(), "para. 24"))));
        UUID seriesId = UUID.randomUUID();
        rate = new DataPoint(UUID.randomUUID(), null, 0, seriesId, ReportingPeriod.eachYear(2008, 2014),
                new BigDecimal(300), new BigDecimal(800), Qualifier.RANGE, "Example Defenders", null, PointKind.FIGURE,
                "between 300 and 800 a year", null);
        total = new DataPoint(UUID.randomUUID(), null, 0, seriesId, ReportingPeriod.parse("2008–2020"),
                new BigDecimal(6597), null, Qualifier.EXACT, "Example Defenders", null);
        part = new DataPoint(UUID.randomUUID(), null, 0, seriesId, ReportingPeriod.parse("2008–2014"),
                new BigDecimal(2472), null, Qualifier.EXACT, "a ministry", null);
        vague = DataPoint.inWords(UUID.randomUUID(), seriesId, ReportingPeriod.parse("as of 2022 (inferred)"),
                PointKind.VAGUE_SIZE, null, "thousands every year", "Example Defenders", null);
        trend = DataPoint.inWords(UUID.randomUUID(), seriesId, ReportingPeriod.parse("2018–2020"), PointKind.TREND,
                Trend.FALLING, "fell over two years", "a ministry", "as the ministry put it");
        removals = new Series(seriesId, null, 0, "Removals", Measure.FLOW, "people", List.of("Canada"), null, null,
                List.of(rate, total, part, vague, trend));
        denial = new Citation(UUID.randomUUID(), null, 0, RecordKind.AGREEMENT, talks.id(), "summary", globe.id(),
                "para. 34", null, Grade.parse("B2"), Stance.DENIES, "the border agency");
        store.write(tx -> {
            store.sources().insert(tx, globe);
            store.sources().insert(tx, ngo);
            store.actors().insert(tx, police);
            store.actors().insert(tx, agent);
            store.cases().insert(tx, group);
            store.incidents().insert(tx, incident);
            store.agreements().insert(tx, talks);
            store.series().insert(tx, removals.withPoints(List.of()));
            removals.points().forEach(p -> store.points().insert(tx, p));
            store.citations().insert(tx, denial);
            store.citations().insert(tx, new Citation(UUID.randomUUID(), null, 0, RecordKind.DATA_POINT, trend.id(),
                    null, ngo.id(), "para. 20", null, Grade.parse("C3"), Stance.CLAIMS_OTHERWISE, "Example Defenders"));
            store.links().insert(tx, new Link(UUID.randomUUID(), null, 0, RecordKind.DATA_POINT, part.id(),
                    RecordKind.DATA_POINT, total.id(), LinkRelation.CONFLICTS_WITH,
                            "2,472 + 2,894 = 5,366, not 6,597"));
            store.links().insert(tx, new Link(UUID.randomUUID(), null, 0, RecordKind.DATA_POINT, part.id(),
                    RecordKind.DATA_POINT, rate.id(), LinkRelation.PART_OF, null));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyFieldIsStoredAndReadBackAsWritten() {
        Case c = store.read(tx -> store.cases().find(tx, group.id())).orElseThrow();
        assertThat(c.caseKind()).isEqualTo(CaseKind.GROUP);
        assertThat(c.nationalities()).containsExactly("China", "Canada");
        assertThat(c.outcomeHistory()).isEqualTo(group.outcomeHistory());
        assertThat(c.outcome()).isEqualTo(Outcome.RELEASED);
        assertThat(c.outcomeHistory().get(1).date().bound()).isEqualTo(DateBound.BY);
        assertThat(c.outcomeHistory().get(1).date().inferred()).isTrue();

        Incident i = store.read(tx -> store.incidents().find(tx, incident.id())).orElseThrow();
        assertThat(i.tactics()).containsExactly("FAMILY_PRESSURE", "FINANCIAL_PRESSURE");
        assertThat(i.perpetratorIds()).isEqualTo(incident.perpetratorIds());
        assertThat(i.pressured()).isEqualTo(incident.pressured());
        assertThat(i.date().toText()).isEqualTo("early 2017");

        Agreement a = store.read(tx -> store.agreements().find(tx, talks.id())).orElseThrow();
        assertThat(a.statusHistory()).as("the sources' order, undated steps included").isEqualTo(talks.statusHistory());
        assertThat(a.currentStatus()).contains(AgreementStatus.ABANDONED);

        Series s = store.read(tx -> store.series().find(tx, removals.id())).orElseThrow();
        assertThat(s.points()).extracting(DataPoint::pointKind).containsExactlyInAnyOrder(PointKind.FIGURE,
                PointKind.FIGURE, PointKind.FIGURE, PointKind.VAGUE_SIZE, PointKind.TREND);
        DataPoint readRate = s.points().stream().filter(p -> p.id().equals(rate.id())).findFirst().orElseThrow();
        assertThat(readRate.period().periodKind()).isEqualTo(PeriodKind.RATE);
        assertThat(readRate.period().toText()).isEqualTo("each year 2008–2014");
        assertThat(readRate.statement()).isEqualTo("between 300 and 800 a year");
        DataPoint readTrend = s.points().stream().filter(p -> p.id().equals(trend.id())).findFirst().orElseThrow();
        assertThat(readTrend.value()).isNull();
        assertThat(readTrend.trend()).isEqualTo(Trend.FALLING);
        assertThat(readTrend.valueText()).isEqualTo("falling: “fell over two years”");

        Citation d = store.read(tx -> store.citations().find(tx, denial.id())).orElseThrow();
        assertThat(d.grade()).isEqualTo(Grade.parse("B2"));
        assertThat(d.stance()).isEqualTo(Stance.DENIES);
        assertThat(d.claimant()).isEqualTo("the border agency");

        List<Link> links = store.read(tx -> store.links().touching(tx, part.id()));
        assertThat(links).extracting(Link::relation).containsExactlyInAnyOrder(LinkRelation.CONFLICTS_WITH,
                LinkRelation.PART_OF);
    }

    @Test
    void aJsonDocumentOfVersionTwoImportsIntoAnEmptyDatabaseUnchanged() throws Exception {
        Path out = dir.resolve("all.json");
        json.exportTo(store, out);
        JsonNode written = json.mapper().readTree(out.toFile());
        assertThat(written.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(copyOf(out)).isEqualTo(json.exportDocument(store));
    }

    @Test
    void aCsvZipImportsIntoAnEmptyDatabaseUnchanged() throws Exception {
        Path out = dir.resolve("all.zip");
        new CsvExport(json.mapper()).write(new DatasetReader(store).read(Selection.ALL, ProgressListener.NONE), out,
                ProgressListener.NONE);
        assertThat(copyOf(out)).isEqualTo(json.exportDocument(store));
    }

    @Test
    void aPseudonymisedCopyKeepsEveryClaimAndGradeButNotTheNamesOfClaimants() throws Exception {
        Path out = dir.resolve("pseudonymised.json");
        new Exports(json).export(store, new Exports.Request(Exports.Format.JSON, out, Selection.ALL,
                RedactionProfile.standard()), ProgressListener.NONE);
        JsonNode copy = json.mapper().readTree(out.toFile());
        JsonNode original = json.exportDocument(store);
        for (String field : List.of("caseKind", "nationalities")) {
            assertThat(copy.get("cases").get(0).get(field)).isEqualTo(original.get("cases").get(0).get(field));
        }
        assertThat(withoutClaimantsAndNotes(copy.get("cases").get(0).get("outcomeHistory")))
                .isEqualTo(withoutClaimantsAndNotes(original.get("cases").get(0).get("outcomeHistory")));
        assertThat(withoutClaimantsAndNotes(copy.get("agreements").get(0).get("statusHistory")))
                .isEqualTo(withoutClaimantsAndNotes(original.get("agreements").get(0).get("statusHistory")));
        for (String field : List.of("tactics", "pressured", "date")) {
            assertThat(copy.get("incidents").get(0).get(field)).isEqualTo(original.get("incidents").get(0).get(field));
        }
        assertThat(copy.get("incidents").get(0).get("perpetrators")).hasSize(2);
        for (int p = 0; p < 5; p++) {
            for (String field : List.of("period", "pointKind", "value", "high", "qualifier", "trend", "statement")) {
                // a number read back from the file is an integer node, one written in memory a decimal one
                assertThat(String.valueOf(copy.get("series").get(0).get("points").get(p).get(field))).as(field)
                        .isEqualTo(String.valueOf(original.get("series").get(0).get("points").get(p).get(field)));
            }
        }
        for (int c = 0; c < 2; c++) {
            for (String field : List.of("grade", "stance", "locator")) {
                assertThat(copy.get("citations").get(c).get(field))
                        .isEqualTo(original.get("citations").get(c).get(field));
            }
        }
        assertThat(copy.get("links")).extracting(l -> l.get("relation").asText())
                .containsExactlyInAnyOrder("CONFLICTS_WITH", "PART_OF");
        assertThat(copy.toString()).as("the person named as a perpetrator").doesNotContain("Agent Example");
        assertThat(copy.get("cases").get(0).get("outcomeHistory").get(0).has("note")).as("a free-text note")
                .isFalse();
    }

    @Test
    void aVersionOneDocumentIsReadIntoTheFieldsThatReplacedItsSingleValues() throws Exception {
        ObjectNode doc = json.mapper().createObjectNode().put("format", "returnwatch").put("formatVersion", 1);
        doc.putArray("actors").addObject().put("ref", "RW-ACT-0001").put("name", "Provincial police")
                .put("kind", "AGENCY");
        ObjectNode c = doc.putArray("cases").addObject().put("ref", "RW-C-0001").put("name", "Context of returns")
                .put("contextual", true).put("outcome", "RETURNED_UNDER_PRESSURE");
        c.putArray("aliases");
        doc.putArray("incidents").addObject().put("ref", "RW-I-0001").put("case", "RW-C-0001").put("date", "2016?")
                .put("tactic", "FAMILY_PRESSURE").put("perpetrator", "RW-ACT-0001");
        Path v1 = dir.resolve("v1.json");
        json.mapper().writeValue(v1.toFile(), doc);
        try (Store empty = TestDatabases.create(Files.createDirectories(dir.resolve("v1")))) {
            json.importFile(empty, v1);
            Case read = empty.read(tx -> empty.cases().all(tx)).get(0);
            assertThat(read.caseKind()).isEqualTo(CaseKind.CONTEXT);
            assertThat(read.outcome()).isEqualTo(Outcome.RETURNED_UNDER_PRESSURE);
            Incident i = empty.read(tx -> empty.incidents().all(tx)).get(0);
            assertThat(i.tactics()).containsExactly("FAMILY_PRESSURE");
            assertThat(i.perpetratorIds()).hasSize(1);
            assertThat(i.date().approximate()).isTrue();
            assertThat(i.date().inferred()).isFalse();
        }
    }

    /** The document an empty database holds after importing {@code file}. */
    private JsonNode copyOf(Path file) throws Exception {
        Path target = Files.createDirectories(dir.resolve("copy-" + file.getFileName()));
        try (Store empty = TestDatabases.create(target)) {
            new Imports(json).run(empty, file, null, true, ProgressListener.NONE);
            return json.exportDocument(empty);
        }
    }

    private static JsonNode withoutClaimantsAndNotes(JsonNode steps) {
        ArrayNode copy = steps.deepCopy();
        copy.forEach(s -> ((ObjectNode) s).remove(List.of("claimedBy", "note")));
        return copy;
    }
}

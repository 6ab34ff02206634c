package org.returnwatch.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.PeriodKind;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reliability;
import org.returnwatch.domain.SourceGrade;
import org.returnwatch.domain.StatusChange;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * The seed dataset loads whole, every record cites a source, every link resolves, every citation is graded by
 * the rule of seeds/README.md, the headline figures hold.
 */
class SeedDatasetTest {
    @TempDir
    static Path dir;
    static Store store;
    static ImportBatch loaded;

    @BeforeAll
    static void load() {
        store = TestDatabases.create(dir);
        loaded = new SeedDataset(new JsonExchange()).loadInto(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyRecordOfTheFileIsInTheDatabase() {
        Map<RecordKind, Integer> counts = store.read(store::counts);
        assertThat(counts.get(RecordKind.CASE)).isEqualTo(loaded.cases().size()).isGreaterThanOrEqualTo(14);
        assertThat(counts.get(RecordKind.INCIDENT)).isEqualTo(loaded.incidents().size()).isPositive();
        assertThat(counts.get(RecordKind.AGREEMENT)).isEqualTo(loaded.agreements().size()).isGreaterThanOrEqualTo(10);
        assertThat(counts.get(RecordKind.SERIES)).isEqualTo(loaded.series().size()).isGreaterThanOrEqualTo(6);
        assertThat(counts.get(RecordKind.DATA_POINT)).isEqualTo(loaded.points().size());
        assertThat(counts.get(RecordKind.SOURCE)).isEqualTo(5);
        assertThat(counts.get(RecordKind.ACTOR)).isEqualTo(loaded.actors().size()).isPositive();
        assertThat(counts.get(RecordKind.CITATION)).isEqualTo(loaded.citations().size());
        assertThat(counts.get(RecordKind.LINK)).isEqualTo(loaded.links().size()).isPositive();
    }

    @Test
    void everyRecordButTheSourcesCitesASourceWithAParagraph() {
        List<Citation> citations = store.read(tx -> store.citations().all(tx));
        assertThat(citations).allSatisfy(c -> assertThat(c.locator()).matches("para\\. \\d+"));
        Set<UUID> cited = new HashSet<>();
        citations.forEach(c -> cited.add(c.recordId()));
        List<DomainRecord> uncited = store.read(tx -> Stream.of(store.cases().all(tx), store.incidents().all(tx),
                        store.agreements().all(tx), store.series().all(tx), store.points().all(tx),
                        store.actors().all(tx), store.links().all(tx))
                .flatMap(List::stream).map(DomainRecord.class::cast).filter(r -> !cited.contains(r.id())).toList());
        assertThat(uncited).extracting(DomainRecord::ref).isEmpty();
    }

    @Test
    void everyLinkAndCitationResolvesToStoredRecords() {
        store.read(tx -> {
            for (Link l : store.links().all(tx)) {
                assertThat(store.find(tx, l.fromKind(), l.fromId())).as(l.ref() + " from").isPresent();
                assertThat(store.find(tx, l.toKind(), l.toId())).as(l.ref() + " to").isPresent();
            }
            for (Citation c : store.citations().all(tx)) {
                assertThat(store.find(tx, c.recordKind(), c.recordId())).as(c.ref() + " record").isPresent();
                assertThat(store.sources().find(tx, c.sourceId())).as(c.ref() + " source").isPresent();
            }
            return null;
        });
    }

    @Test
    void theNamedCasesAreThereAndTheIndictmentsCasesAreLinked() {
        List<Case> cases = store.read(tx -> store.cases().all(tx));
        assertThat(cases).extracting(Case::name).contains("Xie Weidong", "Xiao Jianhua", "Jiang Qian",
                "Dong Guangping", "John Doe-1");
        assertThat(cases).filteredOn(Case::pseudonymous).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cases).filteredOn(Case::contextual).extracting(Case::name)
                .anySatisfy(n -> assertThat(n).contains("Garratt"))
                .anySatisfy(n -> assertThat(n).contains("Meng Wanzhou"))
                        .anySatisfy(n -> assertThat(n).contains("Kovrig"))
                .anySatisfy(n -> assertThat(n).contains("Spavor")).anySatisfy(n -> assertThat(n).contains("Tohti"));
        Case doe = cases.stream().filter(c -> c.name().equals("John Doe-1")).findFirst().orElseThrow();
        List<Link> doeLinks = store.read(tx -> store.links().touching(tx, doe.id()));
        assertThat(doeLinks).anySatisfy(l -> {
            assertThat(l.relation()).isEqualTo(LinkRelation.USED_TO_PERSUADE);
            assertThat(l.toId()).isEqualTo(doe.id());
            assertThat(l.fromKind()).isEqualTo(RecordKind.CASE);
        });
    }

    @Test
    void agreementsCarryTheirStatusHistories() {
        List<Agreement> agreements = store.read(tx -> store.agreements().all(tx));
        assertThat(agreements).allSatisfy(a -> assertThat(a.statusHistory()).as(a.title()).isNotEmpty());
        assertThat(agreements).filteredOn(a -> a.disclosure() == Disclosure.SECRET)
                .anySatisfy(a -> assertThat(a.parties()).anySatisfy(p -> assertThat(p).contains("Switzerland")));
        assertThat(agreements).anySatisfy(a -> assertThat(a.statusHistory()).extracting(StatusChange::status)
                .contains(AgreementStatus.NOT_RATIFIED));
        assertThat(agreements).anySatisfy(a -> {
            assertThat(a.statusHistory()).anySatisfy(s -> {
                assertThat(s.status()).isEqualTo(AgreementStatus.SUSPENDED);
                assertThat(s.date().toText()).startsWith("2022");
            });
        });
    }

    @Test
    void headlineFiguresAreExactlyAsPublished() {
        List<DataPoint> points = store.read(tx -> store.points().all(tx));
        // Yearly involuntary returns to China (Safeguard Defenders, via The Globe and Mail).
        assertThat(find(points, "2014", "680")).extracting(DataPoint::qualifier).isEqualTo(Qualifier.EXACT);
        assertThat(find(points, "2019", "2041")).isNotNull();
        assertThat(find(points, "2020", "1421")).isNotNull();
        assertThat(find(points, "2021", "1114")).isNotNull();
        // Sky Net: "surpassed 10,000" by Christmas 2021.
        assertThat(find(points, "by 2021-12-25", "10000")).extracting(DataPoint::qualifier)
                .isEqualTo(Qualifier.MORE_THAN);
        // Canada's 2014 removal inventory: two figures that disagree, both kept, each with its own source.
        DataPoint cbsa = find(points, "as of 2014", "2200");
        DataPoint sd = find(points, "as of 2014", "2143");
        assertThat(sd.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(sd.seriesId()).isEqualTo(cbsa.seriesId());
        assertThat(sourceOf(cbsa)).isNotEqualTo(sourceOf(sd));
        // Removals from Canada to China: spans kept as spans, and the yearly range.
        assertThat(find(points, "2008–2014", "2472").period().periodKind()).isEqualTo(PeriodKind.SPAN);
        assertThat(find(points, "2008–2020", "6597").period().periodKind()).isEqualTo(PeriodKind.SPAN);
        assertThat(find(points, "2014–early 2017", "1386").period().periodKind()).isEqualTo(PeriodKind.SPAN);
        assertThat(points).anySatisfy(p -> {
            assertThat(p.qualifier()).isEqualTo(Qualifier.RANGE);
            assertThat(p.valueText()).isEqualTo("300–800");
            assertThat(p.period().periodKind()).isEqualTo(PeriodKind.RATE);
        });
        // U.S. removal inventory: "nearly 39,000", and 39,000 as of 2021.
        assertThat(points).anySatisfy(p -> assertThat(p.valueText()).isEqualTo("nearly 39,000"));
        assertThat(find(points, "as of 2021", "39000")).isNotNull();
    }

    @Test
    void everyCitationIsGradedByTheRuleOfTheReadme() {
        List<Citation> citations = store.read(tx -> store.citations().all(tx));
        Map<UUID, Reliability> reliability = new HashMap<>();
        store.read(tx -> store.sources().all(tx)).forEach(s -> reliability.put(s.id(), s.reliability()));
        assertThat(citations).allSatisfy(c -> {
            assertThat(c.grade()).as(c.ref() + " graded").isNotNull();
            // the letter is the article's: B for a newspaper rated HIGH, C for MEDIUM
            assertThat(c.grade().reliability()).as(c.ref() + " letter")
                    .isEqualTo(reliability.get(c.sourceId()) == Reliability.HIGH ? SourceGrade.B : SourceGrade.C);
            // nothing is confirmed by an independent source; a counter-claim is at best possibly true
            assertThat(c.grade().credibility().digit()).as(c.ref() + " digit").isBetween(c.isCounterClaim() ? 3 : 2, 3);
        });
        Set<UUID> inConflict = new HashSet<>();
        store.read(tx -> store.links().all(tx)).stream().filter(l -> l.relation() == LinkRelation.CONFLICTS_WITH)
                .forEach(l -> {
                    inConflict.add(l.fromId());
                    inConflict.add(l.toId());
                });
        assertThat(citations).filteredOn(c -> inConflict.contains(c.recordId())).as("figures that cannot all hold")
                .isNotEmpty().allSatisfy(c -> assertThat(c.grade().code()).endsWith("3"));
        assertThat(citations).filteredOn(Citation::isCounterClaim).as("denials name who denies")
                .hasSize(2).allSatisfy(c -> assertThat(c.claimant()).isNotBlank());
    }

    @Test
    void theFileIsAVersion2DocumentWithNoVersion1Fields() throws Exception {
        JsonNode doc;
        try (InputStream in = SeedDataset.class.getResourceAsStream(SeedDataset.RESOURCE)) {
            doc = new ObjectMapper().readTree(in);
        }
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(2);
        Map<String, List<String>> replaced = Map.of("cases", List.of("contextual", "outcome"),
                "incidents", List.of("tactic", "perpetrator"));
        replaced.forEach((array, fields) -> doc.get(array).forEach(r -> assertThat(fields)
                .as(r.get("ref").asText()).noneMatch(r::has)));
        List<String> dates = new ArrayList<>();
        doc.findValues("date").forEach(n -> dates.add(n.asText()));
        doc.findValues("published").forEach(n -> dates.add(n.asText()));
        doc.findValues("period").forEach(n -> dates.add(n.asText()));
        assertThat(dates).as("a date the source hedges and we inferred says both; none is only hedged")
                .filteredOn(t -> t.contains("?")).containsOnly("2016? (inferred)");
    }

    private static DataPoint find(List<DataPoint> points, String period, String value) {
        return points.stream().filter(p -> p.isFigure() && p.period().toText().equals(period)
                        && p.value().compareTo(new BigDecimal(value)) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no point " + value + " for " + period));
    }

    private static UUID sourceOf(DataPoint p) {
        return store.read(tx -> store.citations().forRecord(tx, p.id())).get(0).sourceId();
    }
}

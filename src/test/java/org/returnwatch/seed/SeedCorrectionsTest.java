package org.returnwatch.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.*;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * Each fact of the seed dataset that was corrected against its five articles, read back from a real
 * encrypted database the seed was loaded into. Paragraph numbers in the messages are those of
 * seeds/README.md (non-empty lines of each article).
 */
class SeedCorrectionsTest {
    /** Footnotes of RW-SRC-0002 that are nothing but a web address: a citation of one must say what it gives. */
    private static final Set<String> BARE_ADDRESS_FOOTNOTES = Set.of("para. 41", "para. 44", "para. 47", "para. 48",
            "para. 49", "para. 50", "para. 53", "para. 54", "para. 55", "para. 56");

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void load() {
        store = TestDatabases.create(dir);
        new SeedDataset(new JsonExchange()).loadInto(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void periodsSayNoMoreThanTheArticles() {
        assertThat(point("RW-P-0006").period().toText()).as("P-0006: 'by late 2021' (002 para. 5), at the latest December")
                .isEqualTo("as of 2021-12");
        assertThat(List.of(point("RW-P-0012"), point("RW-P-0016"))).as("P-0012, P-0016: end taken from the article's "
                + "inferred date (000 para. 37)").allSatisfy(p -> assertThat(p.period().date().approximate()).isTrue());
        assertThat(List.of(point("RW-P-0030"), point("RW-P-0031"), point("RW-P-0032")))
                .as("P-0030 to P-0032: no end year in the text (002 para. 24, 004 para. 18)")
                .allSatisfy(p -> assertThat(p.period().toText()).endsWith("2022?"));
        ReportingPeriod undated = point("RW-P-0034").period();
        assertThat(List.<Object>of(undated.periodKind(), undated.date().precision(), undated.startYear(),
                undated.endYear(), undated.date().approximate())).as("P-0034: undated claim (004 para. 16), only its window is kept")
                .containsExactly(PeriodKind.AS_OF, DatePrecision.SPAN, 2012, 2022, true);
        assertThat(List.of(point("RW-P-0008"), point("RW-P-0023"), point("RW-P-0026"), point("RW-P-0028"),
                point("RW-P-0035"), point("RW-P-0036"))).as("other periods that are inferred carry the mark")
                .allSatisfy(p -> assertThat(p.period().date().approximate()).as(p.ref().toString()).isTrue());
    }

    @Test
    void otherInferredDatesCarryTheMark() {
        assertThat(source("RW-SRC-0002").published().toText()).as("RW-SRC-0002: year inferred").isEqualTo("2022?");
        assertThat(agreement("RW-A-0007").statusHistory()).as("A-0007: proposal mentioned beside a 2014 paper, undated")
                .allSatisfy(s -> assertThat(s.date().toText()).isEqualTo("2014?"));
        assertThat(agreement("RW-A-0012").statusHistory()).as("A-0012: suspension year from the article's date")
                .filteredOn(s -> s.status() == AgreementStatus.SUSPENDED).singleElement()
                .satisfies(s -> assertThat(s.date().toText()).isEqualTo("2022?"));
    }

    @Test
    void figuresTheModelCannotHoldAreKeptInWords() {
        assertThat(series("RW-S-0011").description()).as("001 para. 14: waits of well over a decade, backlog growing")
                .contains("well over ten years").contains("still growing");
        assertThat(series("RW-S-0004").description()).as("000 para. 37 'decreased' against 001 para. 20 'little change'")
                .contains("fallen over the previous two years").contains("little change");
    }

    @Test
    void removalFiguresThatCannotAllHoldSaySo() {
        assertThat(point("RW-P-0016").note()).as("2,472 + 2,894 against 6,597").contains("RW-P-0017").contains("5,366");
        assertThat(point("RW-P-0017").note()).as("6,597 against the CBSA spans").contains("RW-P-0015")
                .contains("RW-P-0016");
        assertThat(point("RW-P-0021").note()).as("332 is part of the 6,597").contains("RW-P-0017");
        assertThat(point("RW-P-0020").note()).as("92 % is a share of the 2,472").contains("RW-P-0015");
    }

    @Test
    void agreementsSayWhatTheSourcesSay() {
        assertThat(agreement("RW-A-0004").title()).as("A-0004: 001 para. 35")
                .contains("National Security and Law Dialogue").doesNotContain("Rule of Law");
        assertThat(agreement("RW-A-0010").summary()).as("A-0010: 001 para. 13, most remain in the U.S.")
                .contains("most are still in the U.S.").doesNotContain("Most were released");
        assertThat(agreement("RW-A-0006").summary()).as("A-0006: the CBSA's denial, 001 para. 34")
                .contains("CBSA denied having helped Chinese police remove anyone");
        assertThat(agreement("RW-A-0001").statusHistory()).as("A-0001: end dated by two sources, both kept")
                .filteredOn(s -> s.status() == AgreementStatus.ABANDONED).extracting(s -> s.date().toText())
                .containsExactly("2016?", "2020?");
        assertThat(agreement("RW-A-0003").summary()).as("A-0003: no source says it was signed after the visits")
                .doesNotContain("Signed after");
        assertThat(List.of(agreement("RW-A-0008").disclosure(), agreement("RW-A-0009").disclosure()))
                .as("A-0008, A-0009: publication not mentioned").containsOnly(Disclosure.UNKNOWN);
    }

    @Test
    void actorsSayOnlyWhatTheTextSays() {
        assertThat(actor("RW-ACT-0007").name()).as("ACT-0007: 'U.S. prosecutors', no office named")
                .isEqualTo("U.S. prosecutors");
        assertThat(actor("RW-ACT-0008").name()).as("ACT-0008: 'a Brooklyn, N.Y., court' (003 para. 4)")
                .doesNotContain("federal").contains("Brooklyn");
        assertThat(actor("RW-ACT-0011").note()).as("ACT-0011: stations set up by governments in China (003 para. 16)")
                .contains("set up by governments in China");
        assertThat(actor("RW-ACT-0030").name()).as("ACT-0030: 'Thai officers' (002 para. 22)")
                .doesNotContain("immigration");
        assertThat(List.of("RW-ACT-0025", "RW-ACT-0026", "RW-ACT-0059", "RW-ACT-0060"))
                .as("countries the text does not give").allSatisfy(r -> assertThat(actor(r).country()).as(r).isNull());
    }

    @Test
    void xieWeidongsNonFamilyContactsAreNotFamilyPressure() {
        List<Incident> xie = store.read(tx -> store.incidents().forCase(tx, caseOf("RW-C-0001").id()));
        assertThat(xie).filteredOn(i -> i.tactic().equals("FAMILY_PRESSURE")).as("I-0003: 002 para. 14")
                .noneSatisfy(i -> assertThat(i.description()).containsAnyOf("lawyer", "business partner"));
        assertThat(incident("RW-I-0003").tactic()).as("former wife, business partner, sister's lawyer: how, not said")
                .isEqualTo("UNSPECIFIED_PRESSURE");
    }

    @Test
    void incidentsClaimNoMoreThanTheText() {
        assertThat(List.of(incident("RW-I-0009"), incident("RW-I-0010"))).as("I-0009, I-0010: no response reported")
                .allSatisfy(i -> assertThat(i.hostStateRole()).isEqualTo(HostStateRole.UNKNOWN));
        Actor chinesePolice = actor("RW-ACT-0016");
        assertThat(incident("RW-I-0018").perpetratorId()).as("I-0018: Fox Hunt is police-run; the MPS is not named")
                .isEqualTo(chinesePolice.id());
        assertThat(link("RW-L-0033").toId()).as("L-0033 likewise").isEqualTo(chinesePolice.id());
        assertThat(incident("RW-I-0019").place()).as("I-0019: held at an unknown site, not in Dandong").isNull();
        assertThat(incident("RW-I-0005").country()).as("I-0005: where the video was made is not said").isNull();
        assertThat(incident("RW-I-0013").place()).as("I-0013: where he was pressed is not said").isNull();
    }

    @Test
    void casesClaimNoMoreThanTheText() {
        Case xiao = caseOf("RW-C-0002");
        assertThat(List.of(String.valueOf(xiao.residenceCountry()), xiao.immigrationStatus().name()))
                .as("Xiao Jianhua: residence not stated, a passport is not a status where he lived")
                .containsExactly("null", "UNKNOWN");
        assertThat(caseOf("RW-C-0007").summary()).as("C-0007: the Fox Hunt tie comes from Safeguard Defenders")
                .contains("Safeguard Defenders says").doesNotContain("CBSA papers tie");
        assertThat(caseOf("RW-C-0010").summary()).as("Garratts: RSDL as the source explains it")
                .doesNotContain("residential surveillance");
    }

    @Test
    void citationsPointAtWhatSupportsTheClaim() {
        assertThat(citation("RW-CIT-0261").locator()).as("CIT-0261: footnote [7] (001 para. 48)").isEqualTo("para. 48");
        Citation ccp = citation("RW-CIT-0026");
        assertThat(sourceRef(ccp) + " " + ccp.locator()).as("CIT-0026: 'ruling party'").isEqualTo("RW-SRC-0003 para. 7");
        assertThat(citation("RW-CIT-0282").note()).as("CIT-0282: the start of P-0034's window").contains("earliest");
        assertThat(citation("RW-CIT-0370").locator()).as("CIT-0370: the sentence, not the address").isEqualTo("para. 35");
        assertThat(citation("RW-CIT-0190").note()).as("CIT-0190: the footnote of that sentence, said as such")
                .contains("Footnote [18]");
    }

    @Test
    void everyCitationOfABareAddressSaysWhatItGives() {
        Source sd = source("RW-SRC-0002");
        List<Citation> ofAddresses = store.read(tx -> store.citations().forSource(tx, sd.id())).stream()
                .filter(c -> BARE_ADDRESS_FOOTNOTES.contains(c.locator())).toList();
        assertThat(ofAddresses).isNotEmpty().allSatisfy(c -> assertThat(c.note()).as(c.ref().toString()).isNotBlank());
    }

    @Test
    void individualsGroupsAndContextRecordsAreMarkedConsistently() {
        List<Case> cases = store.read(tx -> store.cases().all(tx));
        assertThat(refs(cases.stream().filter(c -> c.role() != null && c.role().startsWith("Group:")).toList()))
                .as("groups").containsExactlyInAnyOrder("RW-C-0007", "RW-C-0008", "RW-C-0009", "RW-C-0010");
        assertThat(cases.stream().filter(c -> c.contextual() != (c.summary() != null
                && c.summary().startsWith("Context record."))).map(c -> c.ref().toString()).toList())
                .as("context records: the flag and the summary's opening agree").isEmpty();
    }

    private static Set<String> refs(List<Case> cases) {
        return cases.stream().map(c -> c.ref().toString()).collect(Collectors.toSet());
    }

    private static String sourceRef(Citation c) {
        return store.read(tx -> store.sources().find(tx, c.sourceId())).orElseThrow().ref().toString();
    }

    private static <T> T get(String ref, Class<T> type) {
        return type.cast(store.read(tx -> store.findByRef(tx, Reference.parse(ref))).orElseThrow(
                () -> new AssertionError("no record " + ref)));
    }

    private static DataPoint point(String ref) {
        return get(ref, DataPoint.class);
    }

    private static Series series(String ref) {
        return get(ref, Series.class);
    }

    private static Agreement agreement(String ref) {
        return get(ref, Agreement.class);
    }

    private static Actor actor(String ref) {
        return get(ref, Actor.class);
    }

    private static Incident incident(String ref) {
        return get(ref, Incident.class);
    }

    private static Case caseOf(String ref) {
        return get(ref, Case.class);
    }

    private static Citation citation(String ref) {
        return get(ref, Citation.class);
    }

    private static Link link(String ref) {
        return get(ref, Link.class);
    }

    private static Source source(String ref) {
        return get(ref, Source.class);
    }
}

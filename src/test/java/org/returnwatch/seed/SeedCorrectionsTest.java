package org.returnwatch.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.DateBound;
import org.returnwatch.domain.DatePrecision;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.PeriodKind;
import org.returnwatch.domain.PointKind;
import org.returnwatch.domain.PressuredParty;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Stance;
import org.returnwatch.domain.StatusChange;
import org.returnwatch.domain.Trend;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * Each fact of the seed dataset that was corrected against its five articles, read back through the
 * field that now says it from a real encrypted database the seed was loaded into. Paragraph numbers
 * in the messages are those of seeds/README.md (non-empty lines of each article; 000 is RW-SRC-0001).
 */
class SeedCorrectionsTest {
    /** Footnotes of RW-SRC-0002 that are nothing but a web address: a citation of one must say what it gives. */
    private static final Set<String> BARE_ADDRESS_FOOTNOTES = Set.of("para. 41", "para. 44", "para. 47", "para. 48",
            "para. 49", "para. 50", "para. 53", "para. 54", "para. 55", "para. 56");

    @TempDir
    static Path dir;
    static SeedRecords seed;

    @BeforeAll
    static void load() {
        Store store = TestDatabases.create(dir);
        new SeedDataset(new JsonExchange()).loadInto(store);
        seed = new SeedRecords(store);
    }

    @AfterAll
    static void close() {
        seed.store().close();
    }

    @Test
    void periodsSayNoMoreThanTheArticles() {
        ReportingPeriod byLate2021 = seed.point("RW-P-0006").period();
        assertThat(List.<Object>of(byLate2021.toText(), byLate2021.date().bound(), byLate2021.date().precision()))
                .as("P-0006: 'by late 2021' (002 para. 5), a limit, not December").containsExactly("by late 2021",
                        DateBound.BY, DatePrecision.PART_OF_YEAR);
        assertThat(seed.point("RW-P-0005").period().toText()).as("P-0005: 'by Christmas 2021' (001 para. 18)")
                .isEqualTo("by 2021-12-25");
        assertThat(seed.point("RW-P-0018").period().toText()).as("P-0018: to early 2017 (001 para. 25)")
                .isEqualTo("2014–early 2017");
        assertThat(List.of(seed.point("RW-P-0012").period().toText(), seed.point("RW-P-0016").period().toText()))
                .as("P-0012, P-0016: the end is the article's inferred date (000 para. 37)")
                .containsExactly("as of 2020 (inferred)", "2015–2020 (inferred)");
        assertThat(List.of("RW-P-0030", "RW-P-0031", "RW-P-0032")).as("P-0030 to P-0032: no end year in the text "
                + "(002 para. 24, 004 para. 18)").extracting(r -> seed.point(r).period().toText())
                .containsExactly("as of 2022 (inferred)", "2012–2022 (inferred)", "2012–2022 (inferred)");
        assertThat(seed.point("RW-P-0034").period().toText()).as("P-0034: undated claim (004 para. 16), standing by "
                + "the report").isEqualTo("by 2022-01 (inferred)");
        ReportingPeriod rate = seed.point("RW-P-0019").period();
        assertThat(List.<Object>of(rate.periodKind(), rate.toText()))
                .as("P-0019: 300–800 in each year, not in all (001 para. 20)")
                .containsExactly(PeriodKind.RATE, "each year 2008–2020");
    }

    @Test
    void onlyDatesTheArticlesHedgeCarryTheHedgeAndInferredOnesSaySo() {
        assertThat(seed.hedgedDates()).as("'almost two years' after 2014 (001 para. 24) is the only hedge")
                .containsExactlyInAnyOrder("RW-A-0001 step 2", "RW-C-0010 step 2");
        assertThat(List.of("RW-SRC-0001", "RW-SRC-0002", "RW-SRC-0003", "RW-SRC-0005"))
                .extracting(r -> seed.source(r).published().toText())
                .containsExactly("2020 (inferred)", "2022 (inferred)", "2022-01 (inferred)", "2022-01 (inferred)");
        assertThat(seed.agreement("RW-A-0007").statusHistory()).as("A-0007: proposal beside a 2014 paper, undated")
                .extracting(s -> s.date().toText()).containsExactly("2014 (inferred)", "2014 (inferred)");
        assertThat(seed.agreement("RW-A-0012").statusHistory()).as("A-0012: suspension year from the article's date")
                .filteredOn(s -> s.status() == AgreementStatus.SUSPENDED).singleElement()
                .satisfies(s -> assertThat(s.date().toText()).isEqualTo("2022 (inferred)"));
        assertThat(List.of("RW-P-0008", "RW-P-0023", "RW-P-0026", "RW-P-0028", "RW-P-0035", "RW-P-0036"))
                .as("other periods we worked out say so").allSatisfy(r -> assertThat(seed.point(r).period().date()
                        .inferred()).as(r).isTrue());
    }

    @Test
    void figuresTheArticlesGiveInWordsAreKeptAsSizesAndTrends() {
        DataPoint thousands = seed.singlePoint("RW-S-0021");
        assertThat(List.<Object>of(thousands.pointKind(), thousands.statement()))
                .as("001 para. 27: thousands every year")
                .containsExactly(PointKind.VAGUE_SIZE, "thousands of people a year");
        assertThat(seed.citedAt(thousands)).contains("RW-SRC-0002 para. 27");
        DataPoint wait = seed.singlePoint("RW-S-0020");
        assertThat(List.of(wait.valueText(), wait.statement(), seed.seriesOf(wait).unit()))
                .as("001 para. 14: under orders to leave for well over a decade")
                .containsExactly("more than 10", "well over a decade", "years");
        assertThat(seed.trends("RW-S-0011")).as("001 para. 14: the backlog still growing")
                .extracting(DataPoint::trend).containsExactly(Trend.RISING);
        List<DataPoint> canada = seed.trends("RW-S-0004");
        assertThat(canada).as("000 para. 37 'decreased' and 001 para. 20 'little change'")
                .extracting(DataPoint::trend, p -> seed.citedAt(p).get(0))
                .containsExactly(tuple(Trend.FALLING, "RW-SRC-0001 para. 37"),
                        tuple(Trend.STEADY, "RW-SRC-0002 para. 20"));
        assertThat(seed.linked(canada.get(0), LinkRelation.CONFLICTS_WITH)).as("the two trends cannot both hold")
                .containsExactly(canada.get(1).ref().toString());
    }

    @Test
    void theTorontoPoliceStationsArePartOfTheStationsAbroadAndTheEmbassyDeniesThem() {
        DataPoint abroad = seed.singlePoint("RW-S-0022");
        DataPoint toronto = seed.singlePoint("RW-S-0023");
        assertThat(List.of(abroad.valueText(), toronto.valueText())).as("003 para. 3")
                .containsExactly("more than 50", "3");
        assertThat(seed.linked(toronto, LinkRelation.PART_OF)).containsExactly("RW-P-0042");
        assertThat(seed.counterClaims(toronto)).as("003 para. 16").singleElement().satisfies(c -> {
            assertThat(c.stance()).isEqualTo(Stance.DENIES);
            assertThat(c.claimant()).contains("Embassy");
            assertThat(seed.place(c)).isEqualTo("RW-SRC-0004 para. 16");
        });
    }

    @Test
    void removalFiguresThatCannotAllHoldAreLinkedAsConflictingAndPartsAsParts() {
        DataPoint total = seed.point("RW-P-0017");
        assertThat(seed.linked(total, LinkRelation.CONFLICTS_WITH)).as("2,472 + 2,894 against 6,597")
                .containsExactlyInAnyOrder("RW-P-0015", "RW-P-0016");
        assertThat(seed.linksOf(total, LinkRelation.CONFLICTS_WITH))
                .allSatisfy(l -> assertThat(l.note()).contains("5,366"));
        assertThat(seed.linked(seed.point("RW-P-0021"), LinkRelation.PART_OF)).as("332 of the 6,597")
                .containsExactly("RW-P-0017");
        assertThat(seed.linked(seed.point("RW-P-0020"), LinkRelation.PART_OF)).as("92 % of the 2,472")
                .containsExactly("RW-P-0015");
        assertThat(seed.linked(seed.point("RW-P-0031"), LinkRelation.CONFLICTS_WITH)).as("700 % against the counts")
                .containsExactlyInAnyOrder("RW-P-0029", "RW-P-0030");
    }

    @Test
    void agreementsSayWhatTheSourcesSay() {
        assertThat(seed.agreement("RW-A-0004").title()).as("A-0004: 001 para. 35")
                .contains("National Security and Law Dialogue").doesNotContain("Rule of Law");
        Agreement mou = seed.agreement("RW-A-0010");
        assertThat(mou.summary()).as("A-0010: 001 para. 13, most remain in the U.S.")
                .contains("most are still in the U.S.").doesNotContain("Most were released");
        assertThat(mou.statusHistory()).as("A-0010: signed in early 2015, never put into effect (001 para. 13)")
                .extracting(StatusChange::status, s -> s.date().toText()).containsExactly(
                        tuple(AgreementStatus.SIGNED, "early 2015"),
                        tuple(AgreementStatus.SIGNED_NOT_IMPLEMENTED, "by 2022 (inferred)"));
        StatusChange breach = last(seed.agreement("RW-A-0005").statusHistory());
        assertThat(List.<Object>of(breach.status(), seed.place(breach.attribution()))).as("A-0005: 000 para. 42")
                .containsExactly(AgreementStatus.BREACHED, "RW-SRC-0001 para. 42");
        assertThat(seed.agreement("RW-A-0001").statusHistory()).as("A-0001: the end dated by two sources, both kept, "
                        + "in the order they give").extracting(StatusChange::status, s -> s.date().toText(),
                        s -> seed.place(s.attribution())).containsExactly(
                tuple(AgreementStatus.PROPOSED, "2014", "RW-SRC-0001 para. 6"),
                tuple(AgreementStatus.ABANDONED, "2016? (inferred)", "RW-SRC-0002 para. 24"),
                tuple(AgreementStatus.NEGOTIATING, "2016", "RW-SRC-0001 para. 14"),
                tuple(AgreementStatus.ABANDONED, "2020 (inferred)", "RW-SRC-0001 para. 14"));
        assertThat(seed.agreement("RW-A-0003").summary()).as("A-0003: no source says it was signed after the visits")
                .doesNotContain("Signed after");
        assertThat(List.of(seed.agreement("RW-A-0008").disclosure(), seed.agreement("RW-A-0009").disclosure()))
                .as("A-0008, A-0009: publication not mentioned").containsOnly(Disclosure.UNKNOWN);
        assertThat(seed.all(RecordKind.AGREEMENT, Agreement.class)).flatExtracting(Agreement::statusHistory)
                .as("every status step names its source and place").allSatisfy(s -> assertThat(s.attribution()
                        .locator()).isNotNull());
    }

    @Test
    void theCbsaDenialIsACounterClaimOnTheAssistanceItDenies() {
        assertThat(seed.counterClaims(seed.agreement("RW-A-0006"))).as("A-0006: 001 para. 34").singleElement()
                .satisfies(c -> {
                    assertThat(List.<Object>of(c.stance(), c.claimant(), seed.place(c)))
                            .containsExactly(Stance.DENIES, "CBSA", "RW-SRC-0002 para. 34");
                    assertThat(c.grade().credibility().digit()).isGreaterThanOrEqualTo(3);
                });
    }

    @Test
    void actorsSayOnlyWhatTheTextSays() {
        assertThat(seed.actor("RW-ACT-0007").name()).as("ACT-0007: 'U.S. prosecutors', no office named")
                .isEqualTo("U.S. prosecutors");
        assertThat(seed.actor("RW-ACT-0008").name()).as("ACT-0008: 'a Brooklyn, N.Y., court' (003 para. 4)")
                .doesNotContain("federal").contains("Brooklyn");
        assertThat(seed.actor("RW-ACT-0011").note())
                .as("ACT-0011: stations set up by governments in China (003 para. 16)")
                .contains("set up by governments in China");
        assertThat(seed.actor("RW-ACT-0030").name()).as("ACT-0030: 'Thai officers' (002 para. 22)")
                .doesNotContain("immigration");
        assertThat(List.of("RW-ACT-0025", "RW-ACT-0026", "RW-ACT-0059", "RW-ACT-0060"))
                .as("countries the text does not give")
                        .allSatisfy(r -> assertThat(seed.actor(r).country()).as(r).isNull());
    }

    @Test
    void incidentsSayWhoWasPressuredAndByWhom() {
        Incident contacts = seed.incident("RW-I-0003");
        assertThat(contacts.pressured()).as("I-0003: former wife, business partner, sister's lawyer (002 para. 14)")
                .containsExactly(PressuredParty.RELATIVE, PressuredParty.BUSINESS_PARTNER, PressuredParty.LAWYER);
        assertThat(contacts.tactics()).as("how they were approached is not said")
                .containsExactly("UNSPECIFIED_PRESSURE");
        assertThat(seed.incidentsOf("RW-C-0001")).filteredOn(i -> i.tactics().contains("FAMILY_PRESSURE"))
                .as("family pressure reaches only relatives").allSatisfy(i -> assertThat(i.pressured())
                        .containsOnly(PressuredParty.RELATIVE));
        assertThat(seed.incident("RW-I-0008").perpetratorIds()).as("I-0008: seven charged, An first; Beijing "
                + "coordinated from Toronto (003 para. 4)").containsExactly(seed.actor("RW-ACT-0051").id(),
                seed.actor("RW-ACT-0052").id(), seed.actor("RW-ACT-0015").id());
        assertThat(seed.incident("RW-I-0023").pressured()).as("I-0023: his phone and his legal adviser's")
                .containsExactly(PressuredParty.TARGET, PressuredParty.LAWYER);
        assertThat(seed.incident("RW-I-0018").tactics()).as("I-0018: coercion, intimidation and harassment")
                .containsExactly("AGENTS_ABROAD", "SURVEILLANCE_HARASSMENT");
    }

    @Test
    void incidentsClaimNoMoreThanTheText() {
        assertThat(List.of(seed.incident("RW-I-0009"), seed.incident("RW-I-0010"))).as("I-0009, I-0010: no response "
                + "reported").allSatisfy(i -> assertThat(i.hostStateRole()).isEqualTo(HostStateRole.UNKNOWN));
        Actor chinesePolice = seed.actor("RW-ACT-0016");
        assertThat(seed.incident("RW-I-0018").perpetratorIds())
                .as("I-0018: Fox Hunt is police-run; the MPS is not named")
                .containsExactly(chinesePolice.id());
        assertThat(seed.link("RW-L-0033").toId()).as("L-0033 likewise").isEqualTo(chinesePolice.id());
        assertThat(seed.incident("RW-I-0019").place()).as("I-0019: held at an unknown site, not in Dandong").isNull();
        assertThat(seed.incident("RW-I-0005").country()).as("I-0005: where the video was made is not said").isNull();
        assertThat(seed.incident("RW-I-0013").place()).as("I-0013: where he was pressed is not said").isNull();
    }

    @Test
    void casesSayWhatBecameOfThemThroughTheirOutcomeHistories() {
        Case garratts = seed.caseOf("RW-C-0010");
        OutcomeChange released = last(garratts.outcomeHistory());
        assertThat(List.<Object>of(garratts.outcome(), released.date().toText(), seed.place(released.attribution())))
                .as("the Garratts released after almost two years (001 para. 24)")
                .containsExactly(Outcome.RELEASED, "2016? (inferred)", "RW-SRC-0002 para. 24");
        assertThat(seed.caseOf("RW-C-0006").outcomeHistory()).as("the Canadian victim went back, then came back "
                        + "to Canada (003 para. 5, 13)").extracting(OutcomeChange::outcome)
                .containsExactly(Outcome.RETURNED_UNDER_PRESSURE, Outcome.RETURNED_THEN_LEFT);
        Case xiao = seed.caseOf("RW-C-0002");
        assertThat(xiao.nationalities()).as("Xiao Jianhua's Canadian passport (002 para. 15)")
                .containsExactly("Canada");
        assertThat(List.of(String.valueOf(xiao.residenceCountry()), xiao.immigrationStatus().name()))
                .as("Xiao Jianhua: residence not stated, a passport is not a status where he lived")
                .containsExactly("null", "UNKNOWN");
        assertThat(seed.caseOf("RW-C-0007").summary()).as("C-0007: the Fox Hunt tie comes from Safeguard Defenders")
                .contains("Safeguard Defenders says").doesNotContain("CBSA papers tie");
        assertThat(garratts.summary()).as("Garratts: RSDL as the source explains it")
                .doesNotContain("residential surveillance");
    }

    @Test
    void individualsGroupsAndContextRecordsAreToldApartByTheirKind() {
        List<Case> cases = seed.all(RecordKind.CASE, Case.class);
        assertThat(cases).filteredOn(c -> c.caseKind() == CaseKind.INDIVIDUAL).extracting(c -> c.ref().toString())
                .containsExactlyInAnyOrder("RW-C-0001", "RW-C-0002", "RW-C-0003", "RW-C-0004", "RW-C-0005",
                        "RW-C-0006");
        assertThat(cases).filteredOn(c -> c.caseKind() == CaseKind.GROUP).extracting(c -> c.ref().toString())
                .containsExactlyInAnyOrder("RW-C-0007", "RW-C-0008", "RW-C-0009");
        assertThat(cases).filteredOn(c -> c.caseKind() == CaseKind.CONTEXT).extracting(c -> c.ref().toString())
                .containsExactlyInAnyOrder("RW-C-0010", "RW-C-0011", "RW-C-0012", "RW-C-0013", "RW-C-0014");
        assertThat(cases).as("the old text marks are gone: the field says it").noneSatisfy(c -> assertThat(
                String.valueOf(c.role()).startsWith("Group:") || String.valueOf(c.summary())
                        .startsWith("Context record"))
                .isTrue());
    }

    @Test
    void citationsPointAtWhatSupportsTheClaim() {
        assertThat(seed.citation("RW-CIT-0261").locator()).as("CIT-0261: footnote [7] (001 para. 48)")
                .isEqualTo("para. 48");
        assertThat(seed.place(seed.citation("RW-CIT-0026"))).as("CIT-0026: 'ruling party'")
                .isEqualTo("RW-SRC-0003 para. 7");
        Citation window = seed.citation("RW-CIT-0282");
        assertThat(List.<Object>of(window.field(), window.note().contains("earliest")))
                .as("CIT-0282: the earliest P-0034's "
                + "claim can date from, said in its note").containsExactly("note", true);
        assertThat(seed.citation("RW-CIT-0370").locator()).as("CIT-0370: the sentence, not the address")
                .isEqualTo("para. 35");
        assertThat(seed.citation("RW-CIT-0190").note()).as("CIT-0190: the footnote of that sentence, said as such")
                .contains("Footnote [18]");
    }

    @Test
    void everyCitationOfABareAddressSaysWhatItGives() {
        List<Citation> ofAddresses = seed.citationsOf(seed.source("RW-SRC-0002")).stream()
                .filter(c -> BARE_ADDRESS_FOOTNOTES.contains(c.locator())).toList();
        assertThat(ofAddresses).isNotEmpty().allSatisfy(c -> assertThat(c.note()).as(c.ref().toString()).isNotBlank());
    }

    private static <T> T last(List<T> list) {
        assertThat(list).isNotEmpty();
        return list.get(list.size() - 1);
    }
}

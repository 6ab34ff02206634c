package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.FuzzyDateParser;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.PeriodKind;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.StatusChange;
import org.returnwatch.domain.Tactic;

/** Create, read, update, delete for every kind of record, against a real encrypted H2 file. */
class RepositoryTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = TestDatabases.create(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void caseRoundTripsEveryFieldAndGetsReferenceAndVersion() {
        Case c = Records.caseNamed("Xie Weidong");
        Case saved = store.write(tx -> store.cases().insert(tx, c));
        assertThat(saved.ref()).hasToString("RW-C-0001");
        assertThat(saved.version()).isEqualTo(1);
        Case read = store.read(tx -> store.cases().find(tx, c.id())).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.aliases()).containsExactly("Alias One", "别名");
        Case second = store.write(tx -> store.cases().insert(tx, Case.named("Second")));
        assertThat(second.ref()).hasToString("RW-C-0002");
    }

    @Test
    void updateBumpsVersionAndReplacesAliases() {
        Case saved = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Jiang Qian")));
        Case edited = new Case(saved.id(), saved.ref(), saved.version(), "Jiang Qian", null, List.of("JQ"), true,
                CaseKind.INDIVIDUAL,
                null, null, "Canada", null, List.of(), null, null, null, null, Campaign.SKY_NET,
                        List.of(OutcomeChange.of(Outcome.UNKNOWN)), null,
                null);
        Case updated = store.write(tx -> store.cases().update(tx, edited));
        assertThat(updated.version()).isEqualTo(2);
        Case read = store.read(tx -> store.cases().get(tx, saved.ref()));
        assertThat(read.aliases()).containsExactly("JQ");
        assertThat(read.nativeName()).isNull();
        assertThat(read.campaign()).isEqualTo(Campaign.SKY_NET);
    }

    @Test
    void secondSaveOfTheSameVersionIsRefusedAsStale() {
        Case saved = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Dong Guangping")));
        store.write(tx -> store.cases().update(tx, saved));
        assertThatThrownBy(() -> store.write(tx -> store.cases().update(tx, saved)))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("RW-C-0001")
                .satisfies(e -> assertThat(((StaleRecordException) e).currentVersion()).isEqualTo(2));
        assertThat(store.read(tx -> store.cases().get(tx, saved.ref())).version()).isEqualTo(2);
    }

    @Test
    void deleteRemovesIncidentsCitationsAndLinks() {
        Source src = store.write(tx -> store.sources().insert(tx, Records.source("Report")));
        Case a = store.write(tx -> store.cases().insert(tx, Records.caseNamed("A")));
        Case b = store.write(tx -> store.cases().insert(tx, Records.caseNamed("B")));
        Incident inc = store.write(tx -> store.incidents().insert(tx,
                Records.incident(a.id(), FuzzyDate.ofYear(2016), null)));
        store.write(tx -> {
            store.citations().insert(tx, new Citation(UUID.randomUUID(), null, 0, RecordKind.INCIDENT, inc.id(), null,
                    src.id(), "para. 3", null));
            store.links().insert(tx, new Link(UUID.randomUUID(), null, 0, RecordKind.CASE, b.id(), RecordKind.CASE,
                    a.id(), LinkRelation.USED_TO_PERSUADE, null));
            return null;
        });
        store.write(tx -> {
            store.cases().delete(tx, a.id(), a.version());
            return null;
        });
        assertThat(count(store.incidents())).isZero();
        assertThat(count(store.citations())).isZero();
        assertThat(count(store.links())).isZero();
        assertThat(count(store.cases())).isEqualTo(1);
    }

    @Test
    void deleteWithAnOldVersionIsRefusedAndChangesNothing() {
        Case saved = store.write(tx -> store.cases().insert(tx, Records.caseNamed("A")));
        store.write(tx -> store.cases().update(tx, saved));
        assertThatThrownBy(() -> store.write(tx -> {
            store.cases().delete(tx, saved.id(), saved.version());
            return null;
        })).isInstanceOf(StaleRecordException.class);
        assertThat(count(store.cases())).isEqualTo(1);
    }

    @Test
    void incidentsComeBackInDateOrderWithTheirPrecision() {
        Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("A")));
        Actor mps = store.write(tx -> store.actors().insert(tx, Records.actor("Ministry of Public Security")));
        List<FuzzyDate> dates = List.of(FuzzyDate.UNKNOWN, FuzzyDate.ofYears(2014, 2017),
                FuzzyDateParser.parse("spring 2016"), FuzzyDate.ofYear(2016).asApproximate(),
                FuzzyDateParser.parse("2015-03-02"));
        store.write(tx -> {
            for (FuzzyDate d : dates) {
                store.incidents().insert(tx, Records.incident(c.id(), d, mps.id()));
            }
            return null;
        });
        List<String> timeline = store.read(tx -> store.incidents().forCase(tx, c.id())).stream()
                .map(i -> i.date().toDisplay()).toList();
        assertThat(timeline).containsExactly("2014–2017", "2 March 2015", "2016?", "spring 2016", "date unknown");
        assertThat(store.read(tx -> store.incidents().forCase(tx, c.id())).get(0).perpetratorId()).isEqualTo(mps.id());
    }

    @Test
    void agreementKeepsPartiesAndStatusHistoryInTheOrderTheSourcesGive() {
        Agreement saved = store.write(tx -> store.agreements().insert(tx, Records.agreement("Readmission")));
        Agreement read = store.read(tx -> store.agreements().get(tx, saved.ref()));
        assertThat(read.parties()).containsExactly("Canada", "China");
        // an undated step stays where it was put, not sorted last
        assertThat(read.statusHistory()).extracting(StatusChange::status)
                .containsExactly(AgreementStatus.NEGOTIATING, AgreementStatus.IN_FORCE, AgreementStatus.SIGNED);
        assertThat(read.statusHistory().get(0).date().toText()).isEqualTo("2014?");
        assertThat(read.currentStatus()).contains(AgreementStatus.SIGNED);
        assertThat(read.disclosure()).isEqualTo(Disclosure.SECRET);
    }

    @Test
    void seriesComesWithItsPointsExactlyAsPublished() {
        Series s = store.write(tx -> store.series().insert(tx, Records.series("Removals")));
        store.write(tx -> {
            store.points()
                    .insert(tx, Records.point(s.id(), ReportingPeriod.years(2008, 2014), "2472", Qualifier.EXACT));
            store.points().insert(tx, Records.point(s.id(), ReportingPeriod.year(2016), "8000", Qualifier.MORE_THAN));
            store.points().insert(tx, new DataPoint(UUID.randomUUID(), null, 0, s.id(), ReportingPeriod.year(2018),
                    new BigDecimal("300"), new BigDecimal("800"), Qualifier.RANGE, "CBSA", null));
            return null;
        });
        Series read = store.read(tx -> store.series().get(tx, s.ref()));
        assertThat(read.points()).extracting(p -> p.period().toText() + " " + p.valueText())
                .containsExactly("2008–2014 2,472", "2016 more than 8,000", "2018 300–800");
        assertThat(read.points().get(0).value()).isEqualTo(new BigDecimal("2472"));
        assertThat(read.points().get(0).period().periodKind()).isEqualTo(PeriodKind.SPAN);
    }

    @Test
    void searchMatchesNamesInAnyScriptAliasesReferenceAndCountryIgnoringCaseAndAccents() {
        store.write(tx -> {
            store.cases().insert(tx, Records.caseNamed("Xie Weidong"));
            store.cases()
                    .insert(tx, new Case(UUID.randomUUID(), null, 0, "Mehmet Tõhti", null, List.of(), false,
                    CaseKind.CONTEXT,
                    null, null, "Canada", "Ottawa", List.of(), null, null, null, null, null, List.of(), null, null));
            return null;
        });
        assertThat(search("xie")).containsExactly("Xie Weidong");
        assertThat(search("谢卫东")).containsExactly("Xie Weidong");
        assertThat(search("别名")).containsExactly("Xie Weidong");
        assertThat(search("tohti ottawa")).containsExactly("Mehmet Tõhti");
        assertThat(search("rw-c-0002")).containsExactly("Mehmet Tõhti");
        assertThat(search("canada")).hasSize(2);
        assertThat(search("100%")).isEmpty();
        assertThat(search("卫东")).as("any part of a Chinese-script name").containsExactly("Xie Weidong");
        assertThat(search("wei")).as("a word's beginning").containsExactly("Xie Weidong");
        assertThat(search("XIE  weidong")).containsExactly("Xie Weidong");
        assertThat(store.<Integer>read(tx -> store.cases().count(tx, "vancouver"))).isEqualTo(1);
    }

    @Test
    void searchFollowsEditsAndDeletes() {
        Case saved = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Original Name")));
        Case renamed = new Case(saved.id(), saved.ref(), saved.version(), "Replacement", null, List.of(), false,
                CaseKind.INDIVIDUAL,
                null, null, null, null, List.of(), null, null, null, null, null, List.of(), null, null);
        store.write(tx -> store.cases().update(tx, renamed));
        assertThat(search("original")).isEmpty();
        assertThat(search("replacement")).containsExactly("Replacement");
        store.write(tx -> {
            store.cases().delete(tx, saved.id(), 2);
            return null;
        });
        assertThat(search("replacement")).isEmpty();
        assertThat(store.<Integer>read(tx -> {
            try (var st = tx.connection().createStatement();
                 var rs = st.executeQuery("SELECT COUNT(*) FROM search_word")) {
                rs.next();
                return rs.getInt(1);
            }
        })).as("no words of deleted records are kept").isZero();
    }

    private int count(RecordRepository<?> repo) {
        return store.<Integer>read(tx -> repo.count(tx, null));
    }

    private List<Tactic> tactics() {
        return store.read(tx -> store.tactics().all(tx));
    }

    private List<String> search(String q) {
        return store.read(tx -> store.cases().search(tx, q, 0, 50)).stream().map(Case::name).toList();
    }

    @Test
    void linksAndCitationsRefuseMissingTargets() {
        Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("A")));
        Source src = store.write(tx -> store.sources().insert(tx, Records.source("S")));
        assertThatThrownBy(() -> store.write(tx -> store.links().insert(tx, new Link(UUID.randomUUID(), null, 0,
                RecordKind.CASE, c.id(), RecordKind.AGREEMENT, UUID.randomUUID(), LinkRelation.PURSUED_UNDER, null))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("second record does not exist");
        assertThatThrownBy(() -> store.write(tx -> store.citations().insert(tx, new Citation(UUID.randomUUID(), null, 0,
                RecordKind.CASE, UUID.randomUUID(), null, src.id(), null, null))))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("cited record does not exist");
        assertThat(count(store.links()) + count(store.citations())).isZero();
    }

    @Test
    void constraintViolationsAreReportedClearlyAndRolledBack() {
        Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("A")));
        Incident bad = new Incident(UUID.randomUUID(), null, 0, c.id(), FuzzyDate.ofYear(2016), null, null,
                "NO_SUCH_TACTIC", null, null, null);
        assertThatThrownBy(() -> store.write(tx -> {
            store.cases().insert(tx, Records.caseNamed("B"));
            return store.incidents().insert(tx, bad);
        })).isInstanceOf(ConstraintViolationException.class).hasMessageContaining("tactic is not on the tactic list");
        assertThat(count(store.cases())).isEqualTo(1);

        Incident orphan = Records.incident(UUID.randomUUID(), FuzzyDate.UNKNOWN, null);
        assertThatThrownBy(() -> store.write(tx -> store.incidents().insert(tx, orphan)))
                .hasMessageContaining("must belong to an existing case");

        Case duplicateRef = Records.caseNamed("C").withStored(c.ref(), 0);
        assertThatThrownBy(() -> store.write(tx -> store.cases().insert(tx, duplicateRef)))
                .hasMessageContaining("reference code is already in use");
    }

    @Test
    void citedSourceAndNamedPerpetratorCannotBeDeletedUnderTheirUsers() {
        Source src = store.write(tx -> store.sources().insert(tx, Records.source("S")));
        Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("A")));
        Actor actor = store.write(tx -> store.actors().insert(tx, Records.actor("MPS")));
        store.write(tx -> {
            store.incidents().insert(tx, Records.incident(c.id(), FuzzyDate.ofYear(2015), actor.id()));
            return store.citations()
                    .insert(tx, new Citation(UUID.randomUUID(), null, 0, RecordKind.CASE, c.id(), "name",
                    src.id(), "para. 1", null));
        });
        assertThatThrownBy(() -> store.write(tx -> {
            store.sources().delete(tx, src.id(), src.version());
            return null;
        })).hasMessageContaining("cited source cannot be deleted");
        assertThatThrownBy(() -> store.write(tx -> {
            store.actors().delete(tx, actor.id(), actor.version());
            return null;
        })).hasMessageContaining("perpetrator");
        assertThat(count(store.sources()) + count(store.actors())).isEqualTo(2);
    }

    @Test
    void upsertUpdatesARecordAlreadyThereWhateverItsVersion() {
        Actor a = store.write(tx -> store.actors().insert(tx, Records.actor("CBSA")));
        Actor renamed = new Actor(a.id(), a.ref(), 0, "Canada Border Services Agency", null, ActorKind.AGENCY,
                "Canada", null);
        store.write(tx -> store.actors().upsert(tx, renamed));
        store.write(tx -> store.actors().upsert(tx, Records.actor("RCMP")));
        List<Actor> all = store.read(tx -> store.actors().all(tx));
        assertThat(all).extracting(Actor::name).containsExactly("Canada Border Services Agency", "RCMP");
        assertThat(all.get(0).version()).isEqualTo(2);
    }

    @Test
    void tacticListStartsWithTheStandardListAndCanGrow() {
        assertThat(tactics()).isEqualTo(Tactic.STANDARD);
        store.write(tx -> {
            store.tactics().put(tx, new Tactic("VISA_DENIAL", "denial of visas to relatives"));
            return null;
        });
        assertThat(tactics()).last().extracting(Tactic::code).isEqualTo("VISA_DENIAL");
    }

    @Test
    void recordsSurviveCloseAndReopen() {
        Case saved = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Xiao Jianhua")));
        store.close();
        store = TestDatabases.open(dir);
        assertThat(store.<Case>read(tx -> store.cases().get(tx, saved.ref()))).isEqualTo(saved);
        assertThat(store.<java.util.Optional<DomainRecord>>read(tx -> store.findByRef(tx, saved.ref())))
                .contains(saved);
    }
}

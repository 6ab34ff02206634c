package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * The case list's status, date-opened and follow-up filters, its last-changed column and sort, and
 * the Today screen's counts, each of which the list, filtered as its link filters it, shows exactly.
 */
class CaseworkListingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    @TempDir
    Path dir;
    Store store;
    Workspace ws;
    Case open;
    Case watched;
    Case closed;
    Case old;

    @BeforeEach
    void cases() {
        store = TestDatabases.create(dir);
        ws = TestWorkspaces.of(store);
        store.write(tx -> {
            open = store.cases().insert(tx, named("Open in Canada", "Canada")
                    .withCasework(CaseStatus.OPEN, null, LocalDate.of(2026, 1, 10), null));
            watched = store.cases().insert(tx, named("Watched in Canada", "Canada")
                    .withCasework(CaseStatus.MONITORING, null, LocalDate.of(2025, 9, 1), null));
            closed = store.cases().insert(tx, named("Closed in Australia", "Australia")
                    .withCasework(CaseStatus.CLOSED, "returned", LocalDate.of(2026, 3, 2), null));
            old = store.cases().insert(tx, named("Opened long ago", "Canada")
                    .withCasework(CaseStatus.OPEN, null, LocalDate.of(2020, 1, 1), null));
            for (Case c : List.of(open, watched, old)) {
                store.incidents().insert(tx, incident(c.id(), "FAMILY_PRESSURE"));
            }
            store.incidents().insert(tx, incident(closed.id(), "AGENTS_ABROAD"));
            store.incidents().insert(tx, incident(open.id(), "AGENTS_ABROAD"));
            return null;
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static Case named(String name, String country) {
        Case c = Case.named(name);
        return new Case(c.id(), null, 0, name, null, List.of(), false, null, null, null, country, null, List.of(),
                null, null, null, null, null, List.of(), null, null);
    }

    private static Incident incident(UUID caseId, String tactic) {
        return new Incident(UUID.randomUUID(), null, 0, caseId, FuzzyDate.ofYear(2025), "China", null, tactic, null,
                HostStateRole.UNKNOWN, null);
    }

    private List<String> names(CaseQuery q) {
        return ws.caseList().page(q, 0, 100).stream().map(Case::name).toList();
    }

    @Test
    void statusOpenedSinceAndDueBeforeFilterTheList() {
        assertThat(names(CaseQuery.ALL.withCasework(Set.of(CaseStatus.OPEN), null, null)))
                .containsExactly("Open in Canada", "Opened long ago");
        assertThat(names(CaseQuery.ALL.withCasework(Set.of(CaseStatus.MONITORING, CaseStatus.CLOSED), null, null)))
                .containsExactly("Watched in Canada", "Closed in Australia");
        assertThat(names(CaseQuery.ALL.withCasework(Set.of(), LocalDate.of(2026, 1, 1), null)))
                .containsExactly("Open in Canada", "Closed in Australia");
        ws.followUps().add(watched.id(), LocalDate.of(2026, 5, 1), "call the lawyer");
        ws.followUps().add(old.id(), LocalDate.of(2026, 7, 1), "later");
        var done = ws.followUps().add(closed.id(), LocalDate.of(2026, 4, 1), "done already");
        ws.followUps().setDone(done.ref(), true);
        assertThat(names(CaseQuery.ALL.withCasework(Set.of(), null, LocalDate.of(2026, 6, 1))))
                .containsExactly("Watched in Canada");
        assertThat(ws.caseList().count(CaseQuery.ALL.withCasework(Set.of(CaseStatus.OPEN), null,
                LocalDate.of(2026, 8, 1)))).isEqualTo(1);
    }

    @Test
    void lastChangedCountsAnIncidentsChangeForItsCaseAndSorts() throws Exception {
        Thread.sleep(20);
        Incident i = store.read(tx -> store.incidents().forCase(tx, old.id())).get(0);
        store.write(tx -> store.incidents().update(tx, new Incident(i.id(), i.ref(), i.version(), i.caseId(),
                i.date(), "Canada", i.place(), i.tactics(), i.perpetratorIds(), i.pressured(), i.hostStateRole(),
                i.description())));
        CaseQuery newestFirst = CaseQuery.ALL.withSort(CaseQuery.CaseSort.LAST_CHANGED, true);
        CaseListing.Page page = ws.caseList().pageWithChanges(newestFirst, 0, 10);
        assertThat(page.cases().get(0).name()).isEqualTo("Opened long ago");
        assertThat(page.lastChanged().get(old.id())).isAfter(page.lastChanged().get(closed.id()));
    }

    @Test
    void everyTodayCountIsWhatTheListShowsWhenItsLinkFiltersIt() {
        TodayOverview.Overview o = ws.today().read(TODAY, 14, 15);
        assertThat(o.byStatus()).extracting(TodayOverview.Count::label, TodayOverview.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("open", 2),
                        org.assertj.core.groups.Tuple.tuple("monitoring", 1));
        // opened since 2025-06-16: not the case opened in 2020
        assertThat(o.byTactic()).extracting(c -> c.tactics().get(0).code(), TodayOverview.Count::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FAMILY_PRESSURE", 2),
                        org.assertj.core.groups.Tuple.tuple("AGENTS_ABROAD", 2));
        assertThat(o.byCountry()).extracting(TodayOverview.Count::label, TodayOverview.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Canada", 2),
                        org.assertj.core.groups.Tuple.tuple("Australia", 1));
        for (List<TodayOverview.Count> counts : List.of(o.byStatus(), o.byTactic(), o.byCountry())) {
            for (TodayOverview.Count c : counts) {
                CaseQuery q = new CaseQuery(null, Set.copyOf(c.tactics().stream().map(t -> t.code()).toList()),
                        c.countries(), Set.of(), Set.of(), Set.of(), Set.of(), c.statuses(), c.openedSince(), null,
                        CaseQuery.CaseSort.REFERENCE, false);
                assertThat(ws.caseList().count(q)).as(c.label()).isEqualTo(c.count());
            }
        }
    }
}

package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reliability;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.SourceKind;
import org.returnwatch.store.StaleRecordException;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** Merging two cases keeps every incident, link and citation, and can be undone. */
class MergingTest {
    @TempDir
    Path dir;
    Store store;
    Workspace workspace;
    Case kept;
    Case removed;
    Case other;
    Actor agent;
    Source source;

    @BeforeEach
    void open() {
        store = TestDatabases.create(dir);
        workspace = TestWorkspaces.of(store);
        store.write(tx -> {
            source = store.sources().insert(tx, new Source(UUID.randomUUID(), null, 0, "A report", null, null,
                    FuzzyDate.ofYear(2020), null, SourceKind.NGO_REPORT, Reliability.HIGH, null));
            agent = store.actors().insert(tx, new Actor(UUID.randomUUID(), null, 0, "Agent", null, ActorKind.AGENCY,
                    "China", null));
            other = store.cases().insert(tx, person("Zhou Ping", null, List.of(), null, "Summary of other."));
            kept = store.cases().insert(tx, person("Wang Xiaoming", "王小明", List.of("Xiao Wang"), "Toronto", null));
            removed = store.cases().insert(tx, person("Wong Siu-ming", null, List.of("Ah Ming"), null,
                    "Returned after his parents were questioned."));
            for (Case c : List.of(kept, removed, removed)) {
                Incident i = store.incidents().insert(tx, new Incident(UUID.randomUUID(), null, 0, c.id(),
                        FuzzyDate.ofYear(2016), "China", null, "FAMILY_PRESSURE", agent.id(), HostStateRole.UNKNOWN,
                        "Relatives of " + c.name() + " visited."));
                cite(tx, RecordKind.INCIDENT, i.id());
            }
            cite(tx, RecordKind.CASE, kept.id());
            cite(tx, RecordKind.CASE, removed.id());
            cite(tx, RecordKind.CASE, removed.id());
            link(tx, removed.id(), other.id(), LinkRelation.RELATIVE_OF);
            link(tx, other.id(), removed.id(), LinkRelation.CO_DEFENDANT_OF);
            link(tx, kept.id(), other.id(), LinkRelation.RELATED_TO);
            Link between = link(tx, kept.id(), removed.id(), LinkRelation.RELATED_TO);
            cite(tx, RecordKind.LINK, between.id());
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void mergingTwoCasesKeepsEveryIncidentLinkAndCitation() {
        Merging.Result r = workspace.merging().merge(RecordKind.CASE, kept.id(), kept.version(), removed.id(),
                removed.version(), Map.of("summary", Merging.Choice.REMOVED));
        assertThat(r.incidents()).isEqualTo(2);
        assertThat(r.links()).isEqualTo(2);
        assertThat(r.citations()).isEqualTo(2);

        Case k = caseOf(kept.id()).orElseThrow();
        assertThat(k.name()).isEqualTo("Wang Xiaoming");
        assertThat(k.residenceCity()).isEqualTo("Toronto");
        assertThat(k.summary()).isEqualTo("Returned after his parents were questioned.");
        assertThat(k.aliases()).containsExactly("Xiao Wang", "Ah Ming", "Wong Siu-ming");
        assertThat(caseOf(removed.id())).isEmpty();

        assertThat(incidentsOf(kept.id())).hasSize(3);
        assertThat(citationsOf(kept.id())).hasSize(3);
        List<Link> links = linksOf(kept.id());
        assertThat(links).extracting(Link::relation).containsExactlyInAnyOrder(LinkRelation.RELATIVE_OF,
                LinkRelation.CO_DEFENDANT_OF, LinkRelation.RELATED_TO);
        assertThat(linksOf(other.id())).hasSize(3);
        assertThat(store.<Integer>read(tx -> store.citations().count(tx, null))).as("every citation kept or on record")
                .isEqualTo(6);

        assertThat(workspace.lookup().page(RecordKind.CASE, removed.ref().toString(), 0, 10))
                .extracting(c -> ((Case) c).id()).containsExactly(kept.id());
        assertThat(workspace.lookup().page(RecordKind.CASE, "Ah Ming", 0, 10)).hasSize(1);
        assertThat(workspace.merging().mergedInto(removed.ref())).get()
                .extracting(m -> m.kept().ref()).isEqualTo(kept.ref());

        Case next = store.write(tx -> store.cases().insert(tx, Case.named("Someone new")));
        assertThat(next.ref().number()).as("a merged reference is never given again")
                .isGreaterThan(removed.ref().number());
        assertThat(store.verify().problems()).as("every moved record sealed and in the history").isEmpty();
        Incident moved = incidentsOf(kept.id()).stream().filter(i -> !i.id().equals(keptIncident())).findFirst()
                .orElseThrow();
        assertThat(store.<List<org.returnwatch.store.HistoryEntry>>read(tx -> store.history()
                .ofRecord(tx, moved.id()))).last()
                .satisfies(e -> assertThat(e.origin()).isEqualTo(org.returnwatch.store.ChangeOrigin.MERGE));
    }

    private UUID keptIncident() {
        return store.<List<Incident>>read(tx -> store.incidents().forCase(tx, kept.id())).get(0).id();
    }

    @Test
    void aMergeIsUndoneWithEverythingWhereItWas() {
        UUID task = workspace.followUps().add(removed.id(), java.time.LocalDate.of(2030, 1, 1), "call the lawyer").id();
        workspace.merging().merge(RecordKind.CASE, kept.id(), kept.version(), removed.id(), removed.version(),
                Map.of("name", Merging.Choice.REMOVED));
        assertThat(workspace.followUps().forCase(kept.id())).extracting(f -> f.id()).containsExactly(task);
        workspace.merging().undo(removed.ref());

        assertThat(workspace.followUps().forCase(removed.id())).extracting(f -> f.id()).containsExactly(task);
        assertThat(store.verify().problems()).isEmpty();
        Case back = caseOf(removed.id()).orElseThrow();
        assertThat(back.ref()).isEqualTo(removed.ref());
        assertThat(back.aliases()).containsExactly("Ah Ming");
        Case k = caseOf(kept.id()).orElseThrow();
        assertThat(k.name()).isEqualTo("Wang Xiaoming");
        assertThat(k.aliases()).containsExactly("Xiao Wang");
        assertThat(incidentsOf(removed.id())).hasSize(2);
        assertThat(incidentsOf(kept.id())).hasSize(1);
        assertThat(citationsOf(removed.id())).hasSize(2);
        assertThat(linksOf(removed.id())).hasSize(3);
        assertThat(store.<Integer>read(tx -> store.citations().count(tx, null))).isEqualTo(7);
        assertThat(workspace.merging().mergedInto(removed.ref())).isEmpty();
        assertThat(workspace.lookup().page(RecordKind.CASE, removed.ref().toString(), 0, 10))
                .extracting(c -> ((Case) c).id()).containsExactly(removed.id());
    }

    @Test
    void undoIsRefusedOnceTheKeptRecordChangedAndAStaleMergeChangesNothing() {
        assertThatThrownBy(() -> workspace.merging().merge(RecordKind.CASE, kept.id(), kept.version() - 1,
                removed.id(), removed.version(), Map.of())).isInstanceOf(StaleRecordException.class);
        assertThat(caseOf(removed.id())).isPresent();
        assertThat(incidentsOf(removed.id())).hasSize(2);

        Merging.Result r = workspace.merging().merge(RecordKind.CASE, kept.id(), kept.version(), removed.id(),
                removed.version(), Map.of());
        Case k = (Case) r.kept();
        store.write(tx -> store.cases().update(tx, new Case(k.id(), k.ref(), k.version(), k.name(), k.nativeName(),
                k.aliases(), false, CaseKind.INDIVIDUAL, null, null, null, null, List.of(), null, null, null, null,
                        null, List.of(OutcomeChange.of(Outcome.ONGOING)), null,
                null)));
        assertThatThrownBy(() -> workspace.merging().undo(removed.ref())).hasMessageContaining("has changed since");
        assertThat(workspace.merging().mergedInto(removed.ref())).isPresent();
    }

    @Test
    void mergingTwoActorsMovesTheIncidentsTheyCarriedOut() {
        Actor twin = store.write(tx -> store.actors().insert(tx, new Actor(UUID.randomUUID(), null, 0, "Agency",
                null, ActorKind.ORGANISATION, null, "Same agency, other spelling.")));
        store.write(tx -> store.incidents().insert(tx, new Incident(UUID.randomUUID(), null, 0, other.id(),
                FuzzyDate.ofYear(2019), "Canada", null, "AGENTS_ABROAD", twin.id(), HostStateRole.UNKNOWN, null)));
        assertThatThrownBy(() -> workspace.merging().merge(RecordKind.ACTOR, agent.id(), agent.version(), twin.id(),
                twin.version(), Map.of("actorKind", Merging.Choice.BOTH))).hasMessageContaining("choose one");
        Merging.Result r = workspace.merging().merge(RecordKind.ACTOR, agent.id(), agent.version(), twin.id(),
                twin.version(), Map.of("note", Merging.Choice.BOTH));
        assertThat(r.incidents()).isEqualTo(1);
        assertThat(((Actor) r.kept()).note()).isEqualTo("Same agency, other spelling.");
        assertThat(store.<List<Incident>>read(tx -> store.incidents().all(tx)))
                .allSatisfy(i -> assertThat(i.perpetratorId()).isEqualTo(agent.id()));
        workspace.merging().undo(twin.ref());
        assertThat(store.<List<Incident>>read(tx -> store.incidents().all(tx)))
                .filteredOn(i -> i.perpetratorId().equals(twin.id())).hasSize(1);
        assertThat(store.verify().problems()).isEmpty();
    }

    @Test
    void anIncidentCarriedOutByBothActorsHasThemBothBackAfterAnUndo() {
        Actor twin = store.write(tx -> store.actors().insert(tx, new Actor(UUID.randomUUID(), null, 0, "Agency",
                null, ActorKind.AGENCY, null, null)));
        Incident both = store.write(tx -> store.incidents().insert(tx, new Incident(UUID.randomUUID(), null, 0,
                other.id(), FuzzyDate.ofYear(2019), "Canada", null, List.of("AGENTS_ABROAD"),
                List.of(twin.id(), agent.id()), List.of(), HostStateRole.UNKNOWN, null)));
        workspace.merging().merge(RecordKind.ACTOR, agent.id(), agent.version(), twin.id(), twin.version(), Map.of());
        assertThat(store.<Incident>read(tx -> store.incidents().get(tx, both.ref())).perpetratorIds())
                .containsExactly(agent.id());
        workspace.merging().undo(twin.ref());
        assertThat(store.<Incident>read(tx -> store.incidents().get(tx, both.ref())).perpetratorIds())
                .containsExactlyInAnyOrder(twin.id(), agent.id());
    }

    @Test
    void theSideBySideChoiceListsTheFieldsThatDiffer() {
        List<Merging.FieldDifference> d = workspace.merging().differences(RecordKind.CASE, kept.id(), removed.id());
        assertThat(d).extracting(Merging.FieldDifference::field)
                .contains("name", "nativeName", "aliases", "residenceCity", "summary");
        assertThat(d).filteredOn(f -> f.field().equals("aliases")).singleElement()
                .extracting(Merging.FieldDifference::proposed).isEqualTo(Merging.Choice.BOTH);
        assertThat(d).filteredOn(f -> f.field().equals("summary")).singleElement()
                .extracting(Merging.FieldDifference::proposed).isEqualTo(Merging.Choice.REMOVED);
    }

    private List<Incident> incidentsOf(UUID id) {
        return store.read(tx -> store.incidents().forCase(tx, id));
    }

    private List<Citation> citationsOf(UUID id) {
        return store.read(tx -> store.citations().forRecord(tx, id));
    }

    private List<Link> linksOf(UUID id) {
        return store.read(tx -> store.links().touching(tx, id));
    }

    private java.util.Optional<Case> caseOf(UUID id) {
        return store.read(tx -> store.cases().find(tx, id));
    }

    private Citation cite(org.returnwatch.store.Transaction tx, RecordKind kind, UUID id) {
        return store.citations().insert(tx, new Citation(UUID.randomUUID(), null, 0, kind, id, null, source.id(),
                "p. 1", null));
    }

    private Link link(org.returnwatch.store.Transaction tx, UUID from, UUID to, LinkRelation relation) {
        return store.links().insert(tx, new Link(UUID.randomUUID(), null, 0, RecordKind.CASE, from, RecordKind.CASE, to,
                relation, null));
    }

    private static Case person(String name, String nativeName, List<String> aliases, String city, String summary) {
        return new Case(UUID.randomUUID(), null, 0, name, nativeName, aliases, false, CaseKind.INDIVIDUAL, null, null,
                "Canada", city, List.of(),
                null, null, null, null, null, List.of(), null, summary);
    }
}

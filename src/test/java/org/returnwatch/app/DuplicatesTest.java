package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.names.Person;
import org.returnwatch.names.PlantedDuplicates;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** Likely duplicates through the application layer, on a real encrypted database. */
class DuplicatesTest {
    @TempDir
    Path dir;
    Workspace workspace;
    Store store;

    @BeforeEach
    void open() {
        store = TestDatabases.create(dir);
        workspace = TestWorkspaces.of(store);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Case save(String name, String nativeName, String city, List<String> aliases) {
        Case c = new Case(UUID.randomUUID(), null, 0, name, nativeName, aliases, false, CaseKind.INDIVIDUAL, null,
                null, "Canada", city, List.of(),
                null, null, null, null, null, List.of(), null, null);
        return store.write(tx -> store.cases().insert(tx, c));
    }

    @Test
    void findsThePlantedDuplicatesOfAStoredSetAndNoOtherPair() {
        PlantedDuplicates.Planted planted = PlantedDuplicates.generate(300, 30, List.of());
        store.write(tx -> {
            for (Person p : planted.people()) {
                store.cases()
                        .insert(tx, new Case(p.id(), null, 0, p.name(), p.nativeName(), p.aliases(), false,
                        CaseKind.INDIVIDUAL, null,
                        null, p.country(), p.city(), List.of(), null, null, null, null, null, List.of(), null, null));
            }
            return null;
        });
        List<Duplicates.Pair> found = workspace.duplicates().all(RecordKind.CASE, Duplicates.DEFAULT_MIN_SCORE);
        Set<Set<UUID>> pairs = new HashSet<>();
        found.forEach(p -> pairs.add(Set.of(p.first().id(), p.second().id())));
        assertThat(pairs).containsExactlyInAnyOrderElementsOf(planted.pairs());
        assertThat(found).allSatisfy(p -> assertThat(p.first().ref()).isNotNull());
    }

    @Test
    void onSavingTheRecordsItMayDuplicateAreShownWithReasons() {
        Case stored = save("Wang Xiaoming", "王小明", "Toronto", List.of());
        save("Wang Xiaomin", null, "Toronto", List.of());
        Case draft = Case.named("Wong Siu-ming");
        draft = new Case(draft.id(), null, 0, "Wong Siu-ming", null, List.of(), false, CaseKind.INDIVIDUAL, null, null,
                "Canada", "Toronto", List.of(),
                null, null, null, null, null, List.of(), null, null);
        List<Duplicates.Pair> likely = workspace.duplicates().forDraft(draft, Duplicates.DEFAULT_MIN_SCORE);
        assertThat(likely).hasSize(1);
        assertThat(likely.get(0).first().id()).isEqualTo(draft.id());
        assertThat(likely.get(0).second().ref()).isEqualTo(stored.ref());
        assertThat(likely.get(0).explanation()).isEqualTo("Cantonese spelling matches; both in Toronto");

        Case copy = save("Xiaoming Wang", null, "Toronto", List.of());
        assertThat(workspace.duplicates().of(RecordKind.CASE, copy.id(), Duplicates.DEFAULT_MIN_SCORE))
                .extracting(p -> p.second().id()).containsExactly(stored.id());
    }

    @Test
    void aPairMarkedNotTheSamePersonIsNotProposedAgain() {
        Case a = save("Li Hua", "李华", "Vancouver", List.of());
        Case b = save("Li Hua", null, "Vancouver", List.of());
        assertThat(workspace.duplicates().all(RecordKind.CASE, 60)).hasSize(1);
        workspace.duplicates().markDistinct(RecordKind.CASE, b.id(), a.id());
        workspace.duplicates().markDistinct(RecordKind.CASE, a.id(), b.id());
        assertThat(workspace.duplicates().all(RecordKind.CASE, 60)).isEmpty();
        assertThat(workspace.duplicates().of(RecordKind.CASE, a.id(), 60)).isEmpty();
        store.close();
        store = TestDatabases.open(dir);
        workspace = TestWorkspaces.of(store);
        assertThat(workspace.duplicates().all(RecordKind.CASE, 60)).as("kept in the database").isEmpty();
    }

    @Test
    void actorsToo() {
        store.write(tx -> {
            store.actors().insert(tx, new Actor(UUID.randomUUID(), null, 0, "Zeng Ming", "曾明", ActorKind.PERSON,
                    "China", null));
            store.actors().insert(tx, new Actor(UUID.randomUUID(), null, 0, "Tsang Ming", null, ActorKind.PERSON,
                    "China", null));
            return null;
        });
        assertThat(workspace.duplicates().all(RecordKind.ACTOR, 60)).singleElement()
                .extracting(Duplicates.Pair::explanation).isEqualTo("Cantonese spelling matches; both in China");
    }

    @Test
    void formsShowWhatElseARecordIsFoundAs() {
        Case c = save("Wang Xiaoming", "王小明", "Toronto", List.of());
        assertThat(workspace.names().alsoFoundAs(c)).containsExactly("Wang Hsiao-ming", "Wong Siu-ming");
    }
}

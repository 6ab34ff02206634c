package org.returnwatch.desktop.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Duplicates;
import org.returnwatch.app.Merging;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.cases.CaseDetailViewModel;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.desktop.shell.Section;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;

/**
 * The window's side of duplicates, through the view models the program wires, on a real encrypted
 * database: the readings under a name, the duplicates shown after a save, the Possible duplicates
 * screen, the merge and its undo.
 */
class DuplicatesViewModelsTest {
    @TempDir
    Path dir;
    DuplicatesWindowFixture f;

    @BeforeEach
    void open() {
        f = new DuplicatesWindowFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theCaseFormShowsTheOtherReadingsOfTheNameAsItIsTyped() {
        CaseDetailViewModel detail = f.window.screens().cases().detail();
        f.window.screens().cases().newRecord();
        assertThat(detail.nameHints().textProperty().get()).isEmpty();
        detail.fields().nativeName.set("王小明");
        assertThat(detail.nameHints().textProperty().get()).startsWith("Also found as: ")
                .contains("Wang Xiaoming").contains("Wang Hsiao-ming").contains("Wong Siu-ming");
        detail.fields().nativeName.set("");
        detail.fields().name.set("Zhou");
        assertThat(detail.nameHints().textProperty().get()).doesNotContain("Xiaoming");
    }

    @Test
    void theActorFormShowsThemToo() {
        RecordScreenViewModel<Actor> actors = f.window.screens().record(Section.ACTORS);
        actors.newRecord();
        assertThat(actors.nameHints()).isPresent();
        setField(actors, "Name in native script", "王小明");
        assertThat(actors.nameHints().orElseThrow().textProperty().get()).contains("Wong Siu-ming");
        assertThat(f.window.screens().<org.returnwatch.domain.Agreement>record(Section.AGREEMENTS).nameHints())
                .as("an agreement names no one").isEmpty();
    }

    @Test
    void savingACaseShowsItsLikelyDuplicatesWithoutStoppingTheSave() {
        Case wang = f.plant("Wang Xiaoming", "王小明");
        CaseDetailViewModel detail = saveNewCase("Wong Siu-ming", "王小明");

        Case saved = detail.originalProperty().get();
        assertThat(saved).as("saved, whatever the duplicates").isNotNull();
        assertThat(f.stored(saved.id())).isPresent();
        assertThat(detail.duplicates().pairs()).singleElement().satisfies(p -> {
            assertThat(p.first().id()).isEqualTo(saved.id());
            assertThat(p.second().id()).isEqualTo(wang.id());
            assertThat(p.score()).isGreaterThanOrEqualTo(Duplicates.DEFAULT_MIN_SCORE);
            assertThat(p.explanation()).contains("Toronto");
        });

        f.window.screens().cases().open(wang.id());
        assertThat(detail.duplicates().pairs()).as("the bar belongs to the record saved").isEmpty();
    }

    @Test
    void aPairMarkedNotTheSamePersonFromTheBarIsNotProposedAgain() {
        f.plant("Wang Xiaoming", "王小明");
        CaseDetailViewModel detail = saveNewCase("Wong Siu-ming", "王小明");
        Duplicates.Pair pair = detail.duplicates().pairs().get(0);

        detail.duplicates().notSamePerson(pair);

        assertThat(detail.duplicates().pairs()).isEmpty();
        assertThat(detail.duplicates().noticeProperty().get()).contains("not the same person");
        assertThat(f.session.workspace().duplicates().all(RecordKind.CASE, 0))
                .noneMatch(p -> List.of(p.first().id(), p.second().id()).containsAll(
                        List.of(pair.first().id(), pair.second().id())));
        detail.fields().summary.set("Seen again.");
        detail.save(() -> { });
        assertThat(detail.duplicates().pairs()).as("saved again, still not proposed").isEmpty();
    }

    @Test
    void thePossibleDuplicatesScreenListsPairsFilteredByKindAndScore() {
        Case wang = f.plant("Wang Xiaoming", "王小明");
        Case wong = f.plant("Wong Siu-ming", "王小明");
        f.main.command(AppAction.SHOW_DUPLICATES).execute();
        assertThat(f.main.sectionProperty().get()).isEqualTo(Section.DUPLICATES);
        DuplicatesScreen screen = f.window.screens().duplicates();

        assertThat(screen.pairs()).anySatisfy(p -> assertThat(List.of(p.first().id(), p.second().id()))
                .containsExactlyInAnyOrder(wang.id(), wong.id()));
        assertThat(screen.statusProperty().get()).contains("of cases scoring 60 or more");
        assertThat(screen.searchingProperty().get()).isFalse();

        screen.minScoreProperty().set(100);
        assertThat(screen.pairs()).isEmpty();
        screen.minScoreProperty().set(60);
        screen.kindProperty().set(RecordKind.ACTOR);
        assertThat(screen.pairs()).allSatisfy(p -> assertThat(p.first().kind()).isEqualTo(RecordKind.ACTOR));
        screen.kindProperty().set(RecordKind.CASE);

        Duplicates.Pair pair = pairOf(screen, wang, wong);
        screen.notSamePerson(pair);
        assertThat(screen.noticeProperty().get()).contains(wang.ref().toString()).contains(wong.ref().toString());
        screen.refresh();
        assertThat(screen.pairs()).as("marked: gone for good").noneMatch(p -> p.first().id().equals(wang.id())
                || p.second().id().equals(wang.id()));
    }

    @Test
    void aMergeFromTheScreenMovesEverythingAndEditUndoBringsTheRecordBack() {
        Case wang = f.plant("Wang Xiaoming", "王小明");
        Case wong = f.plant("Wong Siu-ming", "王小明");
        incidentOf(wong);
        f.main.show(Section.DUPLICATES);
        DuplicatesScreen screen = f.window.screens().duplicates();
        f.dialogs.mergeAnswer = vm -> {
            assertThat(vm.kept().id()).as("the older record is proposed as the one kept").isEqualTo(wang.id());
            assertThat(vm.rows()).extracting(MergeViewModel.Row::field).contains("name", "summary");
            assertThat(vm.choices()).containsEntry("name", Merging.Choice.KEPT);
            assertThat(vm.summaryProperty().get()).contains("1 incident moves from " + wong.ref() + " to "
                    + wang.ref());
            vm.choose("summary", Merging.Choice.BOTH);
            return true;
        };

        screen.merge(pairOf(screen, wang, wong));

        assertThat(f.dialogs.merges).hasSize(1);
        assertThat(f.dialogs.errors).isEmpty();
        assertThat(f.stored(wong.id())).as("merged away").isEmpty();
        Case kept = f.stored(wang.id()).orElseThrow();
        assertThat(kept.summary()).contains("Told by Wang Xiaoming").contains("Told by Wong Siu-ming");
        assertThat(kept.aliases()).contains("Wong Siu-ming");
        assertThat(f.store.<List<Incident>>read(tx -> f.store.incidents().forCase(tx, wang.id()))).hasSize(1);
        assertThat(screen.noticeProperty().get()).contains(wong.ref() + " was merged into " + wang.ref());
        assertThat(screen.pairs()).as("listed again without the pair").noneMatch(p -> p.second().id()
                .equals(wong.id()) || p.first().id().equals(wong.id()));

        assertThat(f.main.command(AppAction.UNDO_DELETE).executableProperty().get()).isTrue();
        f.main.command(AppAction.UNDO_DELETE).execute();

        assertThat(f.dialogs.errors).isEmpty();
        assertThat(f.stored(wong.id())).get().extracting(Case::ref).isEqualTo(wong.ref());
        assertThat(f.store.<List<Incident>>read(tx -> f.store.incidents().forCase(tx, wong.id()))).hasSize(1);
        assertThat(f.stored(wang.id()).orElseThrow().summary()).isEqualTo("Told by Wang Xiaoming's family.");
        assertThat(f.main.sectionProperty().get()).as("the record brought back is opened").isEqualTo(Section.CASES);
        assertThat(f.window.screens().cases().detail().originalProperty().get().id()).isEqualTo(wong.id());
    }

    @Test
    void aRecordChangedWhileTheDialogIsOpenRefusesTheMergeAndChangesNothing() {
        Case wang = f.plant("Wang Xiaoming", "王小明");
        Case wong = f.plant("Wong Siu-ming", "王小明");
        f.main.show(Section.DUPLICATES);
        DuplicatesScreen screen = f.window.screens().duplicates();
        f.dialogs.mergeAnswer = vm -> {
            // someone else saves the record kept meanwhile
            Case now = f.stored(wang.id()).orElseThrow();
            f.store.write(tx -> f.store.cases().update(tx, new Case(now.id(), now.ref(), now.version(), now.name(),
                    now.nativeName(), List.of("Xiao Wang"), false, now.caseKind(), null, null, "Canada", "Toronto",
                    List.of(), null, null, null, null, null, List.of(), null, now.summary())));
            return true;
        };

        screen.merge(pairOf(screen, wang, wong));

        assertThat(f.dialogs.errors).singleElement().asString().contains(wang.ref() + " was changed elsewhere")
                .contains("nothing was merged");
        assertThat(f.stored(wong.id())).isPresent();
        assertThat(f.main.command(AppAction.UNDO_DELETE).executableProperty().get()).isFalse();
    }

    @Test
    void theDialogCanKeepTheOtherRecordAndRefusesBothForAOneValueField() {
        Case wang = f.plant("Wang Xiaoming", "王小明");
        Case wong = f.store.write(tx -> f.store.cases().insert(tx, new Case(UUID.randomUUID(), null, 0,
                "Wong Siu-ming", "王小明", List.of(), false, null, null, "China", "Canada", "Vancouver", List.of(), null,
                null, null, null, null, List.of(), null, null)));
        Merging.Preview p = f.session.workspace().merging().preview(RecordKind.CASE, wang.id(), wong.id());
        MergeViewModel vm = new MergeViewModel(f.session.workspace(),
                new org.returnwatch.desktop.task.DirectTaskRunner(),
                p);
        assertThat(vm.rows()).filteredOn(r -> r.field().equals("residenceCity")).singleElement()
                .satisfies(r -> assertThat(r.bothAllowed()).isFalse());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.choose("residenceCity", Merging.Choice.BOTH))
                .hasMessageContaining("one value");
        vm.swap();
        assertThat(vm.kept().id()).isEqualTo(wong.id());
        assertThat(vm.removed().id()).isEqualTo(wang.id());
        assertThat(vm.summaryProperty().get()).contains(wang.ref() + " is then retired and leads to " + wong.ref());
    }

    private CaseDetailViewModel saveNewCase(String name, String nativeName) {
        f.window.screens().cases().newRecord();
        CaseDetailViewModel detail = f.window.screens().cases().detail();
        detail.fields().name.set(name);
        detail.fields().nativeName.set(nativeName);
        detail.fields().residenceCountry.set("Canada");
        detail.fields().residenceCity.set("Toronto");
        detail.save(() -> { });
        assertThat(detail.problemProperty().get()).isEmpty();
        return detail;
    }

    private static Duplicates.Pair pairOf(DuplicatesScreen screen, Case a, Case b) {
        return screen.pairs().stream().filter(p -> List.of(p.first().id(), p.second().id()).containsAll(
                List.of(a.id(), b.id()))).findFirst().orElseThrow(() -> new AssertionError("the pair is not listed"));
    }

    private void incidentOf(Case c) {
        UUID agent = f.store.<List<Actor>>read(tx -> f.store.actors().all(tx)).get(0).id();
        f.store.write(tx -> f.store.incidents().insert(tx, new Incident(UUID.randomUUID(), null, 0, c.id(),
                FuzzyDate.ofYear(2016), "China", null, "FAMILY_PRESSURE", agent, HostStateRole.UNKNOWN,
                "Relatives were visited.")));
    }

    @SuppressWarnings("unchecked")
    private static void setField(RecordScreenViewModel<?> vm, String label, String value) {
        ((javafx.beans.property.Property<String>) vm.form().fields().stream().filter(x -> x.label().equals(label))
                .findFirst().orElseThrow().property()).setValue(value);
    }
}

package org.returnwatch.desktop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.dialog.DialogService.ConflictChoice;
import org.returnwatch.desktop.dialog.DialogService.UnsavedChoice;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Source;
import org.returnwatch.store.Store;

/** Opening, editing, validating and saving a case, and the conflict of two saves. */
class CaseDetailViewModelTest {
    @TempDir
    Path dir;
    Session session;
    Store store;
    FakeDialogs dialogs = new FakeDialogs();
    CaseDetailViewModel vm;
    Case xie;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        store = Seeded.store(session);
        vm = new CaseDetailViewModel(session, new DirectTaskRunner(), dialogs, dialogs);
        xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        vm.load(xie.id());
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private Case stored() {
        return store.read(tx -> store.cases().find(tx, xie.id())).orElseThrow();
    }

    private List<Incident> incidentsOf(Case c) {
        return store.read(tx -> store.incidents().forCase(tx, c.id()));
    }

    @Test
    void showsTheWholeStory() {
        assertThat(vm.fields().name.get()).isEqualTo("Xie Weidong");
        assertThat(vm.timeline()).isNotEmpty();
        assertThat(vm.related().citations()).isNotEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
        Case doe = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0005")));
        vm.load(doe.id());
        assertThat(vm.related().links()).anySatisfy(l -> assertThat(l.relation()).isEqualTo("persuaded by"));
    }

    @Test
    void editAndSaveWritesTheCase() {
        vm.fields().role.set("Retired judge");
        vm.fields().outcomeTable().addRow();
        vm.fields().outcomeTable().rows().get(vm.fields().outcomeTable().rows().size() - 1).value
                .set(Outcome.DETAINED_ABROAD);
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save(() -> { });
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(stored().role()).isEqualTo("Retired judge");
        assertThat(stored().outcome()).isEqualTo(Outcome.DETAINED_ABROAD);
        assertThat(stored().version()).isEqualTo(xie.version() + 1);
    }

    @Test
    void wrongFieldsAreExplainedAndNothingIsSaved() {
        vm.fields().name.set("  ");
        vm.addIncident();
        vm.timeline().stream().filter(f -> f.original() == null).findFirst().orElseThrow().date.set("31/31/2016");
        assertThat(vm.problems()).hasSize(2);
        assertThat(vm.problemProperty().get()).contains("needs a name").contains("not a date");
        vm.save(() -> { });
        assertThat(dialogs.errors).hasSize(1);
        assertThat(stored()).isEqualTo(xie);
        assertThat(CaseFields.nameProblem("Xie")).isNull();
        assertThat(IncidentForm.dateProblem("spring 2016")).isNull();
    }

    @Test
    void aRelativeDateIsReadAgainstTheSourceThatSaysItAndMarkedInferred() {
        vm.addIncident();
        IncidentForm added = vm.timeline().stream().filter(f -> f.original() == null).findFirst().orElseThrow();
        added.date.set("July last year");
        assertThat(added.relativeDateProperty().get()).isTrue();
        assertThat(vm.problemProperty().get()).contains("choose the source that says it");
        vm.save(() -> { });
        assertThat(dialogs.errors).hasSize(1);
        assertThat(incidentsOf(xie)).noneMatch(i -> i.id().equals(added.id()));

        Source dated = store.read(tx -> store.sources().all(tx)).stream().filter(s -> s.published().isKnown())
                .findFirst().orElseThrow();
        added.saidIn.set(vm.sources().stream().filter(s -> s.id().equals(dated.id())).findFirst().orElseThrow());
        int year = dated.published().end().getYear() - 1;
        assertThat(added.shownDateProperty().get()).isEqualTo("July " + year + " (inferred)");
        vm.save(() -> { });
        Incident stored = incidentsOf(xie).stream().filter(i -> i.id().equals(added.id())).findFirst().orElseThrow();
        assertThat(stored.date().toText()).isEqualTo(year + "-07 (inferred)");
        assertThat(stored.date().inferred()).isTrue();
    }

    @Test
    void aRelativeDateOfAnOutcomeStepIsReadAgainstTheStepsSource() {
        Source dated = store.read(tx -> store.sources().all(tx)).stream().filter(s -> s.published().isKnown())
                .findFirst().orElseThrow();
        var table = vm.fields().outcomeTable();
        table.addRow();
        var step = table.rows().get(table.rows().size() - 1);
        step.value.set(Outcome.DETAINED_ABROAD);
        step.date.set("this year");
        assertThat(step.problem()).contains("choose the source that says it");
        step.source.set(org.returnwatch.app.RecordItem.of(dated));
        assertThat(step.problem()).isNull();
        vm.save(() -> { });
        assertThat(stored().outcomeHistory().get(stored().outcomeHistory().size() - 1).date().toText())
                .isEqualTo(dated.published().end().getYear() + " (inferred)");
    }

    @Test
    void incidentsAreSavedWithTheCaseAndShownInDateOrder() {
        int before = vm.timeline().size();
        vm.addIncident();
        IncidentForm added = vm.timeline().stream().filter(f -> f.original() == null).findFirst().orElseThrow();
        added.date.set("1990?");
        added.description.set("An early visit");
        assertThat(vm.timeline().get(0)).isSameAs(added);
        assertThat(added.shownDateProperty().get()).isEqualTo("1990?");
        vm.save(() -> { });
        List<Incident> stored = incidentsOf(xie);
        assertThat(stored).hasSize(before + 1);
        assertThat(stored.get(0).date().toText()).isEqualTo("1990?");
        assertThat(vm.timeline()).hasSize(before + 1);
        vm.removeIncident(vm.timeline().get(0));
        vm.save(() -> { });
        assertThat(incidentsOf(xie)).hasSize(before);
    }

    @Test
    void cancelDiscardsAndLeavingAsks() {
        vm.fields().role.set("Changed");
        vm.cancel();
        assertThat(vm.fields().role.get()).isEqualTo(xie.role());
        vm.fields().role.set("Changed again");
        boolean[] left = {false};
        dialogs.unsavedAnswer = UnsavedChoice.STAY;
        vm.leave(() -> left[0] = true);
        assertThat(left[0]).isFalse();
        dialogs.unsavedAnswer = UnsavedChoice.SAVE;
        vm.leave(() -> left[0] = true);
        assertThat(left[0]).isTrue();
        assertThat(stored().role()).isEqualTo("Changed again");
    }

    /** The command line (or another window) saves the case while this form has it open. */
    private void saveElsewhere(String amount) {
        store.write(tx -> store.cases().update(tx, new Case(xie.id(), xie.ref(), xie.version(), xie.name(),
                xie.nativeName(), xie.aliases(), xie.pseudonymous(), xie.caseKind(), xie.role(), xie.originCountry(),
                xie.residenceCountry(), xie.residenceCity(), xie.nationalities(), xie.immigrationStatus(),
                        xie.targetCategory(),
                xie.accusation(), amount, xie.campaign(), xie.outcomeHistory(), xie.riskLevel(),
                xie.summary())));
    }

    @Test
    void aConcurrentSaveIsNeverSilentlyOverwrittenAndReloadShowsTheirs() {
        saveElsewhere("US$ 1 million");
        vm.fields().role.set("Mine");
        dialogs.conflictAnswer = ConflictChoice.RELOAD;
        vm.save(() -> { });
        assertThat(dialogs.lastDifferences).extracting(d -> d.field()).contains("Amount", "Role / occupation");
        assertThat(stored().amount()).isEqualTo("US$ 1 million");
        assertThat(stored().role()).isEqualTo(xie.role());
        assertThat(vm.fields().amount.get()).isEqualTo("US$ 1 million");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void keepMineSavesOverTheirsAfterShowingBoth() {
        saveElsewhere("US$ 1 million");
        vm.fields().role.set("Mine");
        dialogs.conflictAnswer = ConflictChoice.KEEP_MINE;
        vm.save(() -> { });
        assertThat(dialogs.lastDifferences).isNotEmpty();
        assertThat(stored().role()).isEqualTo("Mine");
        assertThat(stored().amount()).as("keeping mine keeps my whole version").isEqualTo(xie.amount());
        assertThat(stored().version()).isEqualTo(xie.version() + 2);
    }

    @Test
    void aCancelledConflictChangesNothing() {
        saveElsewhere("US$ 1 million");
        vm.fields().role.set("Mine");
        dialogs.conflictAnswer = ConflictChoice.CANCEL;
        vm.save(() -> { });
        assertThat(stored().role()).isEqualTo(xie.role());
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void newAndDuplicate() {
        vm.duplicate();
        assertThat(vm.fields().name.get()).isEqualTo("Copy of Xie Weidong");
        int incidents = vm.timeline().size();
        vm.save(() -> { });
        Case copy = store.read(tx -> store.cases().findByRef(tx, new Reference(xie.kind(), 15))).orElseThrow();
        assertThat(copy.name()).isEqualTo("Copy of Xie Weidong");
        assertThat(incidentsOf(copy)).hasSize(incidents);
        assertThat(incidentsOf(xie)).hasSize(incidents);
        vm.newCase();
        assertThat(vm.fields().name.get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).as("a blank case is no change yet").isFalse();
        assertThat(vm.problemsShownProperty().get()).as("its missing name not pointed out yet").isFalse();
        vm.save(() -> { });
        assertThat(vm.problemsShownProperty().get()).as("a Save tried points it out").isTrue();
        assertThat(vm.problemProperty().get()).contains("needs a name");
        vm.fields().name.set("Brand new");
        vm.save(() -> { });
        int found = store.read(tx -> store.cases().count(tx, "brand new"));
        assertThat(found).isEqualTo(1);
    }

    @Test
    void duplicatingAnIncidentAddsASecondOneSavedWithTheCase() {
        int before = vm.timeline().size();
        IncidentForm first = vm.timeline().get(0);
        IncidentForm copy = vm.duplicateIncident(first);
        assertThat(vm.timeline()).hasSize(before + 1).contains(copy);
        assertThat(copy.id()).isNotEqualTo(first.id());
        assertThat(copy.date.get()).isEqualTo(first.date.get());
        assertThat(copy.description.get()).isEqualTo(first.description.get());
        assertThat(copy.tactic.get()).isEqualTo(first.tactic.get());
        assertThat(vm.dirtyProperty().get()).isTrue();

        copy.place.set("Second visit");
        vm.save(() -> { });
        List<Incident> stored = incidentsOf(xie);
        assertThat(stored).hasSize(before + 1);
        assertThat(stored).anySatisfy(i -> assertThat(i.id()).isEqualTo(first.id()));
        assertThat(stored).filteredOn(i -> "Second visit".equals(i.place())).hasSize(1);
    }
}

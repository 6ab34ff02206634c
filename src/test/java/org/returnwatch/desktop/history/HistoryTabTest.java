package org.returnwatch.desktop.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.HistoryStep;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.cases.CaseDetailViewModel;
import org.returnwatch.desktop.records.AgreementForm;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.RecordDeleter;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.ChangeOrigin;
import org.returnwatch.store.HistoryEntry;
import org.returnwatch.store.Store;

/** The History tab of a case and of a generic record: what changed, in the form's words, and restoring a version. */
class HistoryTabTest {
    @TempDir
    Path dir;
    Session session;
    Store store;
    FakeDialogs dialogs = new FakeDialogs();
    DirectTaskRunner runner = new DirectTaskRunner();

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        store = Seeded.store(session);
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private Case xie() {
        return store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
    }

    @Test
    void aCaseEditShowsItsFieldsBeforeAndAfterAndAnEarlierVersionCanBeRestored() {
        CaseDetailViewModel vm = new CaseDetailViewModel(session, runner, dialogs, dialogs);
        String cityBefore = xie().residenceCity();
        String roleBefore = xie().role();
        assertThat(roleBefore).isNotBlank();
        vm.load(xie().id());
        vm.history().shownProperty().set(true);
        int before = vm.history().steps().size();
        assertThat(before).as("the seed import").isPositive();
        assertThat(vm.history().steps().get(0).what()).contains("import");
        assertThat(vm.history().steps().get(0).restorable()).as("the current version").isFalse();

        vm.fields().residenceCity.set("Vancouver");
        vm.fields().role.set("Retired judge");
        vm.save(() -> { });

        assertThat(vm.history().steps()).hasSize(before + 1);
        HistoryStep edit = vm.history().steps().get(0);
        assertThat(edit.what()).isEqualTo("changed");
        assertThat(edit.caseworker()).isNotBlank();
        assertThat(edit.changes()).contains(
                new HistoryStep.FieldDiff("City of residence", cityBefore == null ? "" : cityBefore, "Vancouver"),
                new HistoryStep.FieldDiff("Role / occupation", roleBefore, "Retired judge"));
        HistoryStep seeded = vm.history().steps().get(1);
        assertThat(seeded.restorable()).isTrue();
        // a structured field (the outcome history) reads in words, without its identifiers
        assertThat(seeded.changes()).filteredOn(d -> d.field().equals("Outcome history")).singleElement()
                .satisfies(d -> assertThat(d.after()).startsWith("not returned · ").contains("Safeguard Defenders")
                        .doesNotContain("{").doesNotContain("sourceId").doesNotContain("precision"));

        dialogs.confirmAnswer = false;
        vm.history().restore(seeded);
        assertThat(xie().residenceCity()).as("declined").isEqualTo("Vancouver");

        dialogs.confirmAnswer = true;
        vm.history().restore(seeded);

        assertThat(dialogs.confirmations.get(dialogs.confirmations.size() - 1)).contains("RW-C-0001")
                .contains("#" + seeded.seq());
        assertThat(xie().residenceCity()).isEqualTo(cityBefore);
        assertThat(xie().role()).isEqualTo(roleBefore);
        assertThat(vm.fields().residenceCity.get()).as("the form shows the restored case")
                .isEqualTo(cityBefore == null ? "" : cityBefore);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.history().steps()).hasSize(before + 2);
        assertThat(vm.history().steps().get(0).what()).contains("put back to an earlier version");
        assertThat(vm.history().steps().get(0).changes())
                .contains(new HistoryStep.FieldDiff("Role / occupation", "Retired judge", roleBefore));
        HistoryEntry last = store.read(tx -> store.history().latest(tx, 1)).get(0);
        assertThat(last.origin()).isEqualTo(ChangeOrigin.REVERT);
        assertThat(last.ref()).isEqualTo("RW-C-0001");
    }

    @Test
    void theHistoryIsReadOnlyWhileItsTabIsShownAndAnUnsavedRecordHasNone() {
        CaseDetailViewModel vm = new CaseDetailViewModel(session, runner, dialogs, dialogs);
        vm.load(xie().id());
        assertThat(vm.history().steps()).isEmpty();
        vm.history().shownProperty().set(true);
        assertThat(vm.history().steps()).isNotEmpty();
        vm.newCase();
        assertThat(vm.history().steps()).isEmpty();
        assertThat(vm.history().messageProperty().get()).contains("not saved yet");
        vm.forget();
        assertThat(vm.history().steps()).isEmpty();
    }

    @Test
    void anAgreementsTabRestoresItsTitle() {
        RecordScreenViewModel<Agreement> vm = new RecordScreenViewModel<>(session, runner, dialogs, dialogs,
                new RecordDeleter(session, runner, dialogs), new AgreementForm());
        vm.activate();
        Agreement first = vm.list().rows().get(0);
        vm.open(first.id());
        vm.history().shownProperty().set(true);
        @SuppressWarnings("unchecked")
        javafx.beans.property.Property<String> title =
                (javafx.beans.property.Property<String>) vm.form().fields().get(0).property();
        title.setValue("A title typed by mistake");
        vm.save();
        HistoryStep edit = vm.history().steps().get(0);
        assertThat(edit.changes())
                .contains(new HistoryStep.FieldDiff("Title", first.title(), "A title typed by mistake"));

        vm.history().restore(vm.history().steps().get(1));

        Agreement now = store.read(tx -> store.agreements().find(tx, first.id())).orElseThrow();
        assertThat(now.title()).isEqualTo(first.title());
        assertThat(title.getValue()).isEqualTo(first.title());
        assertThat(vm.history().steps().get(0).what()).contains("earlier version");
    }
}

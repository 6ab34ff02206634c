package org.returnwatch.desktop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;

/** A case's follow-ups on a real encrypted database: added, refused without a note, ticked done, overdue. */
class FollowUpsViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    @TempDir
    Path dir;
    Session session;
    Store store;
    FollowUpsViewModel vm;
    Case xie;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        store = Seeded.store(session);
        xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        vm = new FollowUpsViewModel(session, new DirectTaskRunner(), () -> TODAY);
        vm.show(xie.id());
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private List<FollowUp> stored() {
        return store.read(tx -> store.followUps().forCase(tx, xie.id()));
    }

    @Test
    void addsInDueOrderAndTicksDone() {
        assertThat(vm.dueProperty().get()).isEqualTo(TODAY.plusWeeks(1));
        vm.noteProperty().set("Send the hearing date to the lawyer");
        vm.add();
        vm.dueProperty().set(TODAY.minusDays(2));
        vm.noteProperty().set("Call the family");
        vm.add();

        assertThat(vm.noteProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(FollowUp::note).containsExactly("Call the family",
                "Send the hearing date to the lawyer");
        assertThat(stored()).hasSize(2);
        assertThat(vm.overdue(vm.rows().get(0))).isTrue();
        assertThat(vm.overdue(vm.rows().get(1))).isFalse();

        vm.setDone(vm.rows().get(0), true);
        assertThat(stored().get(0).isDone()).isTrue();
        assertThat(vm.rows().get(0).isDone()).isTrue();
        assertThat(vm.overdue(vm.rows().get(0))).as("done is never overdue").isFalse();
        vm.setDone(vm.rows().get(0), false);
        assertThat(stored().get(0).isDone()).isFalse();
    }

    @Test
    void aFollowUpWithoutANoteOrADayIsRefusedAndNothingStored() {
        vm.noteProperty().set("   ");
        vm.add();
        assertThat(vm.problemProperty().get()).isEqualTo("Write what is to be done.");
        vm.noteProperty().set("Check the appeal");
        vm.dueProperty().set(null);
        vm.add();
        assertThat(vm.problemProperty().get()).isEqualTo("Choose the day the follow-up is due.");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aCaseNotSavedYetTakesNoFollowUps() {
        vm.showUnsaved();
        vm.noteProperty().set("Check the appeal");
        vm.add();
        assertThat(vm.availableProperty().get()).isFalse();
        assertThat(stored()).isEmpty();
    }
}

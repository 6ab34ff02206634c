package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;
import org.returnwatch.store.StoreException;
import org.returnwatch.store.TestDatabases;

/** Follow-ups on a real encrypted database: added, listed, due, done, kept through a case's delete and undo. */
class FollowUpsTest {
    static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;
    Workspace ws;
    Store store;
    Case a;
    Case b;

    @BeforeEach
    void twoCases() throws Exception {
        store = TestDatabases.create(Files.createDirectories(dir.resolve("db")));
        ws = TestWorkspaces.of(store);
        a = store.write(tx -> store.cases().insert(tx, Case.named("First")));
        b = store.write(tx -> store.cases().insert(tx, Case.named("Second")));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void dueListsOnlyOpenFollowUpsDueByTheDayOldestFirstWithTheirCases() {
        FollowUp late = ws.followUps().add(a.ref(), MARCH_1.minusDays(10), "call the lawyer");
        FollowUp today = ws.followUps().add(b.ref(), MARCH_1, "send the letter");
        ws.followUps().add(a.ref(), MARCH_1.plusDays(1), "not yet due");
        FollowUp done = ws.followUps().add(b.ref(), MARCH_1.minusDays(20), "already done");
        ws.followUps().setDone(done.ref(), true);

        List<FollowUps.Due> due = ws.followUps().dueBy(MARCH_1);

        assertThat(due).extracting(d -> d.followUp().ref()).containsExactly(late.ref(), today.ref());
        assertThat(due.get(0).caseRef()).isEqualTo(a.ref());
        assertThat(due.get(1).caseName()).isEqualTo("Second");
        assertThat(ws.followUps().forCase(a.ref())).extracting(FollowUp::note)
                .containsExactly("call the lawyer", "not yet due");
    }

    @Test
    void doneAndNotDoneAgainAreSavedAndAnOldVersionIsRefused() {
        FollowUp f = ws.followUps().add(a.ref(), MARCH_1, "visit the family");
        FollowUp done = ws.followUps().setDone(f.ref(), true);
        assertThat(done.isDone()).isTrue();
        assertThat(ws.followUps().forCase(a.ref()).get(0).doneAt()).isEqualTo(done.doneAt());
        assertThat(ws.followUps().setDone(f.ref(), false).isDone()).isFalse();

        assertThatThrownBy(() -> ws.followUps().save(new FollowUp(f.id(), f.ref(), f.version(), f.caseId(), f.due(),
                "changed from an old copy", null))).isInstanceOf(StoreException.class)
                        .hasMessageContaining("changed elsewhere");
        assertThat(ws.followUps().forCase(a.ref()).get(0).note()).isEqualTo("visit the family");
    }

    @Test
    void aFollowUpNeedsAnExistingCaseAndANote() {
        assertThatThrownBy(() -> ws.followUps().add(new Reference(RecordKind.CASE, 77), MARCH_1, "x"))
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("RW-C-0077");
        assertThatThrownBy(() -> ws.followUps().add(a.ref(), MARCH_1, "  "))
                .isInstanceOf(StoreException.class).hasMessageContaining("needs a note");
        assertThat(ws.followUps().dueBy(MARCH_1.plusYears(10))).isEmpty();
    }

    @Test
    void theFollowUpsOfADeletedCaseAreHiddenAndComeBackWithUndo() {
        FollowUp f = ws.followUps().add(a.ref(), MARCH_1, "keep me");
        var deletion = ws.deletions().delete(ws.deletions().plan(RecordKind.CASE, a.id()));
        assertThat(ws.followUps().dueBy(MARCH_1)).isEmpty();
        ws.deletions().undo(deletion);
        assertThat(ws.followUps().dueBy(MARCH_1)).extracting(d -> d.followUp().ref()).containsExactly(f.ref());
    }
}

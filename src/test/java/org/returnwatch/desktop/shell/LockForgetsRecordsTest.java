package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.TestWorkspaces;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.dialog.DialogService.UnsavedChoice;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** File → Lock leaves no record in any view model, asks about unsaved changes, and the screens work after unlock. */
class LockForgetsRecordsTest {
    @TempDir
    Path dir;
    ShellFixture shell;
    Session session;
    FakeDialogs dialogs;
    MainViewModel main;

    @BeforeEach
    void open() {
        shell = new ShellFixture(dir);
        session = shell.session;
        dialogs = shell.dialogs;
        main = shell.main;
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private void openCaseAndAgreementAndDeleteOne(CasesScreen screen, RecordScreenViewModel<Agreement> agr) {
        agr.activate();
        agr.open(agr.list().rows().get(0).id());
        assertThat(agr.original()).isNotNull();
        agr.delete();
        assertThat(main.command(AppAction.UNDO_DELETE).executableProperty().get()).isTrue();
        agr.open(agr.list().rows().get(0).id());
        assertThat(agr.original()).isNotNull();
        screen.list().queryProperty().set("xie");
        screen.open(ShellFixture.caseNamed(screen, "Xie Weidong").id());
        assertThat(screen.detail().originalProperty().get().name()).isEqualTo("Xie Weidong");
    }

    @Test
    void afterLockNoViewModelHoldsARecordAndAfterUnlockTheScreensWorkAgain() {
        CasesScreen oldCases = shell.cases();
        RecordScreenViewModel<Agreement> oldAgreements = shell.agreements();
        assertThat(oldCases.list().matchesProperty().get()).isEqualTo(14);
        openCaseAndAgreementAndDeleteOne(oldCases, oldAgreements);

        main.command(AppAction.LOCK).execute();

        assertThat(session.isUnlocked()).isFalse();
        assertThat(main.command(AppAction.UNDO_DELETE).executableProperty().get()).as("the undo buffer").isFalse();
        for (CasesScreen c : new CasesScreen[] {oldCases, shell.cases()}) {
            assertThat(c.list().rows()).isEmpty();
            assertThat(c.list().matchesProperty().get()).isZero();
            assertThat(c.list().queryProperty().get()).isEmpty();
            assertThat(c.detail().originalProperty().get()).isNull();
            assertThat(c.detail().caseId()).isNull();
            assertThat(c.detail().timeline()).isEmpty();
            assertThat(c.detail().fields().name.get()).doesNotContain("Xie");
            assertThat(c.detail().titleProperty().get()).isEmpty();
            assertThat(c.detail().related().hasRecord()).isFalse();
            assertThat(c.recordOpenProperty().get()).isFalse();
        }
        for (RecordScreenViewModel<Agreement> a : java.util.List.of(oldAgreements, shell.agreements())) {
            assertThat(a.original()).isNull();
            assertThat(a.list().rows()).isEmpty();
            assertThat(a.titleProperty().get()).isEmpty();
            assertThat(a.recordOpenProperty().get()).isFalse();
        }
        // the old screens were discarded, not only emptied
        assertThat(main.screen(Section.CASES)).isSameAs(shell.cases()).isNotSameAs(oldCases);
        assertThat(main.screen(Section.AGREEMENTS)).isSameAs(shell.agreements()).isNotSameAs(oldAgreements);
        assertThat(main.countProperty(Section.CASES).get()).isZero();

        session.unlocked(TestWorkspaces.of(TestDatabases.open(dir)));

        assertThat(main.sectionProperty().get()).as("Today first after an unlock").isEqualTo(Section.TODAY);
        main.show(Section.CASES);
        assertThat(shell.cases().list().matchesProperty().get()).isEqualTo(14);
        assertThat(main.countProperty(Section.CASES).get()).isEqualTo(14);
        openCaseAndAgreementAndDeleteOne(shell.cases(), shell.agreements());
        // the discarded screens stay empty even though the database is open again
        oldCases.activate();
        assertThat(oldCases.list().rows()).isEmpty();
    }

    @Test
    void lockNeverAsksAndKeepsTheUnsavedEditsAsADraftInTheDatabase() {
        shell.cases().list().queryProperty().set("xie");
        shell.cases().open(ShellFixture.caseNamed(shell.cases(), "Xie Weidong").id());
        shell.cases().detail().fields().role.set("Edited before locking");
        assertThat(shell.cases().dirtyProperty().get()).isTrue();
        CasesScreen old = shell.cases();
        dialogs.unsavedAnswer = UnsavedChoice.STAY;

        main.command(AppAction.LOCK).execute();

        assertThat(session.isUnlocked()).as("locked without asking").isFalse();
        assertThat(old.detail().originalProperty().get()).isNull();
        assertThat(old.detail().fields().role.get()).isEmpty();
        try (Store reopened = TestDatabases.open(dir)) {
            assertThat(reopened.read(tx -> reopened.cases().get(tx, Reference.parse("RW-C-0001"))).role())
                    .as("not saved").isNotEqualTo("Edited before locking");
            java.util.List<org.returnwatch.store.Draft> drafts = reopened.read(tx -> reopened.drafts().all(tx));
            assertThat(drafts).singleElement().satisfies(d -> {
                assertThat(d.ref()).isEqualTo("RW-C-0001");
                assertThat(d.payload()).contains("Edited before locking");
            });
        }
    }
}

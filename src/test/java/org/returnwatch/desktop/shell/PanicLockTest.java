package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.TestWorkspaces;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.domain.Agreement;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * Lock at once, asking nothing: the unsaved edits go into a draft inside the encrypted database and
 * are offered back after the unlock; nothing that held the record's text stays reachable.
 */
class PanicLockTest {
    @TempDir
    Path dir;
    ShellFixture shell;

    @BeforeEach
    void open() {
        shell = new ShellFixture(dir);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private void unlock() {
        shell.session.unlocked(TestWorkspaces.of(TestDatabases.open(dir)));
    }

    private int draftsLeft() {
        try (Store s = TestDatabases.open(dir)) {
            return s.read(tx -> s.drafts().all(tx)).size();
        }
    }

    @Test
    void anUnsavedCaseEditComesBackAfterTheUnlock() {
        CasesScreen cases = shell.cases();
        cases.list().queryProperty().set("xie");
        cases.open(ShellFixture.caseNamed(cases, "Xie Weidong").id());
        cases.detail().fields().residenceCity.set("Typed just before the lock");
        cases.detail().fields().pseudonymous.set(true);
        shell.dialogs.confirmations.clear();

        shell.main.command(AppAction.LOCK).execute();

        assertThat(shell.session.isUnlocked()).isFalse();
        assertThat(shell.dialogs.confirmations).as("nothing asked").isEmpty();
        assertThat(draftsLeft()).isEqualTo(1);

        shell.dialogs.confirmAnswer = true;
        unlock();

        assertThat(shell.dialogs.confirmations).containsExactly("You were editing RW-C-0001 when the window locked: "
                + "restore your changes?\n\nThey were kept encrypted in the database. If you do not restore them now, "
                + "they are thrown away.");
        CasesScreen fresh = shell.cases();
        assertThat(fresh).isNotSameAs(cases);
        assertThat(shell.main.sectionProperty().get()).isEqualTo(Section.CASES);
        assertThat(fresh.recordOpenProperty().get()).isTrue();
        assertThat(fresh.detail().fields().name.get()).isEqualTo("Xie Weidong");
        assertThat(fresh.detail().fields().residenceCity.get()).isEqualTo("Typed just before the lock");
        assertThat(fresh.detail().fields().pseudonymous.get()).isTrue();
        assertThat(fresh.dirtyProperty().get()).as("restored, not saved").isTrue();
        Store store = TestWorkspaces.store(shell.session.workspace());
        assertThat(store.read(tx -> store.cases().find(tx, fresh.detail().caseId())).orElseThrow().residenceCity())
                .isNotEqualTo("Typed just before the lock");
        assertThat(store.read(tx -> store.drafts().all(tx)).size()).as("the draft is forgotten once restored").isZero();
    }

    @Test
    void aDeclinedDraftIsThrownAwayAndANewRecordsDraftComesBackAsNew() {
        RecordScreenViewModel<Agreement> agreements = shell.agreements();
        shell.main.show(Section.AGREEMENTS);
        agreements.newRecord();
        @SuppressWarnings("unchecked")
        javafx.beans.property.Property<String> title =
                (javafx.beans.property.Property<String>) agreements.form().fields().get(0).property();
        title.setValue("An agreement typed but never saved");

        shell.main.command(AppAction.LOCK).execute();
        assertThat(draftsLeft()).isEqualTo(1);

        shell.dialogs.confirmAnswer = false;
        unlock();
        assertThat(shell.dialogs.confirmations.get(shell.dialogs.confirmations.size() - 1))
                .startsWith("You were editing a new agreement when the window locked");
        assertThat(shell.agreements().recordOpenProperty().get()).isFalse();
        Store store = TestWorkspaces.store(shell.session.workspace());
        assertThat(store.read(tx -> store.drafts().all(tx)).size()).as("declined: thrown away").isZero();
        shell.main.command(AppAction.LOCK).execute();

        // kept again and restored: the form is a new, unsaved agreement with the title typed
        unlock();
        shell.main.show(Section.AGREEMENTS);
        shell.agreements().newRecord();
        title = (javafx.beans.property.Property<String>) shell.agreements().form().fields().get(0).property();
        title.setValue("An agreement typed but never saved");
        shell.main.command(AppAction.LOCK).execute();
        shell.dialogs.confirmAnswer = true;
        unlock();
        assertThat(shell.main.sectionProperty().get()).isEqualTo(Section.AGREEMENTS);
        assertThat(shell.agreements().recordOpenProperty().get()).isTrue();
        assertThat(shell.agreements().original()).isNull();
        assertThat(shell.agreements().form().fields().get(0).property().getValue())
                .isEqualTo("An agreement typed but never saved");
        assertThat(shell.agreements().dirtyProperty().get()).isTrue();
    }

    @Test
    void afterTheLockNothingThatHeldTheRecordsTextIsReachable() {
        CasesScreen cases = shell.cases();
        cases.list().queryProperty().set("xie");
        cases.open(ShellFixture.caseNamed(cases, "Xie Weidong").id());
        cases.detail().history().shownProperty().set(true);
        assertThat(cases.detail().history().steps()).isNotEmpty();
        cases.detail().fields().summary.set("A note typed and never saved");
        List<WeakReference<Object>> old = new ArrayList<>();
        for (Object o : new Object[] {cases, cases.detail(), cases.list(), cases.detail().history(),
            cases.detail().fields(), shell.agreements(), shell.agreements().history()}) {
            old.add(new WeakReference<>(o));
        }
        cases = null;

        shell.main.command(AppAction.LOCK).execute();

        for (int i = 0; i < 50 && old.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int k = 0; k < pressure.length; k++) {
                pressure[k] = new byte[64 * 1024];
            }
            Thread.onSpinWait();
        }
        List<String> kept = old.stream().map(WeakReference::get).filter(o -> o != null)
                .map(o -> o.getClass().getSimpleName()).toList();
        assertThat(kept).as("screens and view models still reachable after the lock").isEmpty();
    }
}

package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.dialog.DialogService.ConflictChoice;
import org.returnwatch.desktop.dialog.DialogService.UnsavedChoice;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * Two windows on one open database, wired as View → New window wires them: each with screens of
 * its own on the shared session. Two saves of the same case never silently overwrite each other.
 */
class TwoWindowsTest {
    @TempDir
    Path dir;
    ShellFixture a;
    ShellFixture b;
    Store store;
    Case xie;

    OpenWindows windows = new OpenWindows();

    @BeforeEach
    void open() {
        a = new ShellFixture(dir);
        b = new ShellFixture(a);
        windows.add(a.main);
        windows.add(b.main);
        store = Seeded.store(a.session);
        xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        assertThat(b.main.unlockedProperty().get()).as("a window opened while unlocked").isTrue();
        assertThat(b.cases()).isNotSameAs(a.cases());
        a.cases().open(xie.id());
        b.cases().open(xie.id());
    }

    @AfterEach
    void close() {
        a.close();
    }

    private Case stored() {
        return store.read(tx -> store.cases().find(tx, xie.id())).orElseThrow();
    }

    /** A saves a new role; then B, which opened the case before, changes the amount and saves. */
    private void bothEditAndSave(ConflictChoice bAnswers) {
        a.cases().detail().fields().role.set("Role from window A");
        a.main.command(AppAction.SAVE).execute();
        assertThat(stored().role()).isEqualTo("Role from window A");
        assertThat(stored().version()).isEqualTo(xie.version() + 1);

        b.cases().detail().fields().amount.set("Amount from window B");
        b.dialogs.conflictAnswer = bAnswers;
        b.main.command(AppAction.SAVE).execute();
        assertThat(b.dialogs.lastDifferences).as("B is told, with both versions").isNotNull()
                .anySatisfy(d -> assertThat(d.theirs()).isEqualTo("Role from window A"));
    }

    @Test
    void reloadInTheSecondWindowShowsTheFirstWindowsChange() {
        bothEditAndSave(ConflictChoice.RELOAD);
        assertThat(stored().role()).isEqualTo("Role from window A");
        assertThat(stored().amount()).isEqualTo(xie.amount());
        assertThat(stored().version()).isEqualTo(xie.version() + 1);
        assertThat(b.cases().detail().fields().role.get()).isEqualTo("Role from window A");
        assertThat(b.cases().detail().dirtyProperty().get()).isFalse();
    }

    @Test
    void keepMineInTheSecondWindowSavesItsVersionOverTheNewOne() {
        bothEditAndSave(ConflictChoice.KEEP_MINE);
        assertThat(stored().amount()).isEqualTo("Amount from window B");
        assertThat(stored().version()).isEqualTo(xie.version() + 2);
        assertThat(b.cases().detail().originalProperty().get().version()).isEqualTo(xie.version() + 2);
    }

    @Test
    void lockingFromEitherWindowLocksBothAndBothForget() {
        CasesScreen bCases = b.cases();
        b.main.command(AppAction.LOCK).execute();
        assertThat(a.session.isUnlocked()).isFalse();
        assertThat(a.main.unlockedProperty().get()).isFalse();
        assertThat(b.main.unlockedProperty().get()).isFalse();
        for (CasesScreen c : new CasesScreen[] {a.cases(), bCases, b.cases()}) {
            assertThat(c.detail().originalProperty().get()).isNull();
            assertThat(c.detail().fields().name.get()).doesNotContain("Xie");
            assertThat(c.recordOpenProperty().get()).isFalse();
        }
        assertThat(b.cases()).as("fresh screens in the second window too").isNotSameAs(bCases);
    }

    @Test
    void lockingFromOneWindowKeepsTheOtherWindowsUnsavedEditsAndOffersThemBack() {
        b.cases().detail().fields().role.set("Unsaved in window B");
        b.dialogs.unsavedAnswer = UnsavedChoice.STAY;
        a.main.command(AppAction.LOCK).execute();
        assertThat(a.session.isUnlocked()).as("locked without asking").isFalse();
        try (Store reopened = TestDatabases.open(dir)) {
            assertThat(reopened.read(tx -> reopened.cases().find(tx, xie.id())).orElseThrow().role())
                    .as("not saved").isNotEqualTo("Unsaved in window B");
            java.util.List<org.returnwatch.store.Draft> drafts = reopened.read(tx -> reopened.drafts().all(tx));
            assertThat(drafts).singleElement()
                    .satisfies(d -> assertThat(d.payload()).contains("Unsaved in window B"));
        }
        a.dialogs.confirmAnswer = true;
        a.session.unlocked(org.returnwatch.app.TestWorkspaces.of(TestDatabases.open(dir)));
        assertThat(a.dialogs.confirmations).anySatisfy(c -> assertThat(c).startsWith("You were editing "
                + xie.ref() + " when the window locked: restore your changes?"));
        assertThat(a.cases().detail().fields().role.get()).isEqualTo("Unsaved in window B");
        assertThat(a.cases().dirtyProperty().get()).isTrue();
    }

    @Test
    void aClosedWindowForgetsAndNoLongerFollowsTheSession() {
        CasesScreen bCases = b.cases();
        windows.remove(b.main);
        assertThat(bCases.detail().originalProperty().get()).isNull();
        a.main.command(AppAction.LOCK).execute();
        assertThat(b.cases()).as("not rebuilt once closed").isSameAs(bCases);
    }
}

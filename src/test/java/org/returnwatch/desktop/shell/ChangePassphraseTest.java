package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Databases;
import org.returnwatch.app.OpenRefused;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.dialog.DialogService.UnsavedChoice;
import org.returnwatch.desktop.protect.NewPassphrase;
import org.returnwatch.store.TestDatabases;

/**
 * File → Change passphrase on a real encrypted database: a wrong current one changes nothing; a right one reopens
 * under the new.
 */
class ChangePassphraseTest {
    private static final String NEW = "a new passphrase of several words";
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

    private Workspace openWith(String passphrase) {
        return new Databases(TestDatabases.FAST).open(shell.session.file(), passphrase.toCharArray());
    }

    @Test
    void aWrongCurrentPassphraseSaysSoAndChangesNothing() {
        Workspace before = shell.session.workspace();
        shell.dialogs.newPassphraseAnswer = new String[] {"not the passphrase", NEW};

        shell.main.command(AppAction.CHANGE_PASSPHRASE).execute();

        assertThat(shell.dialogs.errors).containsExactly("The current passphrase is wrong. Nothing was changed; the "
                + "database keeps its passphrase.");
        assertThat(shell.session.workspace()).as("nothing was closed").isSameAs(before);
        shell.session.lock().close();
        assertThatThrownBy(() -> openWith(NEW)).isInstanceOf(OpenRefused.class);
        shell.session.unlocked(openWith(TestDatabases.PASSPHRASE));
    }

    @Test
    void theWindowGoesOnUnderTheNewPassphraseAndOnlyItOpensTheDatabase() {
        shell.cases().list().queryProperty().set("xie");
        java.util.UUID xie = ShellFixture.caseNamed(shell.cases(), "Xie Weidong").id();
        shell.cases().open(xie);
        shell.cases().detail().fields().role.set("Typed before the change");
        shell.dialogs.unsavedAnswer = UnsavedChoice.SAVE;
        Workspace before = shell.session.workspace();
        shell.dialogs.newPassphraseAnswer = new String[] {TestDatabases.PASSPHRASE, NEW};

        shell.main.command(AppAction.CHANGE_PASSPHRASE).execute();

        assertThat(shell.dialogs.errors).isEmpty();
        assertThat(shell.dialogs.infos).anySatisfy(i -> assertThat(i).contains("only the new one opens it"));
        assertThat(shell.dialogs.progressShown).hasSize(1);
        assertThat(shell.dialogs.progressClosed).isEqualTo(1);
        assertThat(shell.session.isUnlocked()).isTrue();
        assertThat(shell.session.workspace()).isNotSameAs(before);
        assertThat(shell.main.sectionProperty().get()).as("Today first, as after any unlock").isEqualTo(Section.TODAY);
        shell.main.show(Section.CASES);
        assertThat(shell.cases().list().matchesProperty().get()).as("fresh screens on the database").isEqualTo(14);

        shell.session.lock().close();
        assertThatThrownBy(() -> openWith(TestDatabases.PASSPHRASE)).isInstanceOf(OpenRefused.class)
                .satisfies(e -> assertThat(((OpenRefused) e).reason()).isEqualTo(OpenRefused.Reason.WRONG_PASSPHRASE));
        Workspace reopened = openWith(NEW);
        assertThat(reopened.lookup().counts().get(org.returnwatch.domain.RecordKind.CASE)).isEqualTo(14);
        assertThat(reopened.history().of(org.returnwatch.domain.RecordKind.CASE, xie).get(0).changes())
                .anySatisfy(c -> assertThat(c.after()).isEqualTo("Typed before the change"));
        shell.session.unlocked(reopened);
    }

    @Test
    void theRulesOfTheDialogSayWhatIsWrong() {
        assertThat(NewPassphrase.problem("", NEW, NEW)).contains("current passphrase");
        assertThat(NewPassphrase.problem("old one", "short", "short")).contains("at least 8");
        assertThat(NewPassphrase.problem("old one", NEW, NEW + "x")).contains("differ");
        assertThat(NewPassphrase.problem(NEW, NEW, NEW)).contains("same as the current");
        assertThat(NewPassphrase.problem("old one", NEW, NEW)).isNull();
    }
}

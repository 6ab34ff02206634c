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
import org.returnwatch.domain.Reference;

/** Esc in a form: with unsaved changes it cancels them (after asking); without, it goes back to the list. */
class EscapeTest {
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

    private void escape() {
        shell.main.command(AppAction.ESCAPE).execute();
    }

    @Test
    void escapeAsksThenThrowsAwayTheChangesThenGoesBack() {
        CasesScreen cases = shell.cases();
        cases.list().queryProperty().set("xie");
        cases.open(ShellFixture.caseNamed(cases, "Xie Weidong").id());
        String stored = cases.detail().fields().role.get();
        cases.detail().fields().role.set("Typed by mistake");

        shell.dialogs.confirmAnswer = false;
        escape();
        assertThat(shell.dialogs.confirmations).hasSize(1);
        assertThat(cases.detail().fields().role.get()).isEqualTo("Typed by mistake");
        assertThat(cases.dirtyProperty().get()).isTrue();
        assertThat(cases.recordOpenProperty().get()).isTrue();

        shell.dialogs.confirmAnswer = true;
        escape();
        assertThat(shell.dialogs.confirmations).hasSize(2);
        assertThat(cases.detail().fields().role.get()).isEqualTo(stored);
        assertThat(cases.dirtyProperty().get()).isFalse();
        assertThat(cases.recordOpenProperty().get()).as("still on the case after cancelling").isTrue();
        assertThat(Seeded.store(shell.session).read(tx -> Seeded.store(shell.session).cases()
                .get(tx, Reference.parse("RW-C-0001"))).role()).isEqualTo(stored);

        escape();
        assertThat(shell.dialogs.confirmations).as("nothing to lose, nothing asked").hasSize(2);
        assertThat(cases.recordOpenProperty().get()).isFalse();
        assertThat(shell.main.command(AppAction.ESCAPE).executableProperty().get()).isFalse();
    }

    @Test
    void escapeOnANewCaseDropsItAndGoesBackToTheList() {
        shell.main.command(AppAction.NEW_RECORD).execute();
        shell.cases().detail().fields().name.set("Never to be saved");
        escape();
        assertThat(shell.dialogs.confirmations).hasSize(1);
        assertThat(shell.cases().dirtyProperty().get()).isFalse();
        assertThat(shell.cases().recordOpenProperty().get()).isFalse();
        shell.cases().list().refresh();
        assertThat(shell.cases().list().matchesProperty().get()).isEqualTo(14);
    }

    @Test
    void escapeOnANewAgreementDropsItAndClosesTheForm() {
        shell.main.show(Section.AGREEMENTS);
        int before = shell.agreements().list().matchesProperty().get();
        shell.main.command(AppAction.NEW_RECORD).execute();
        @SuppressWarnings("unchecked")
        javafx.beans.property.Property<String> title = (javafx.beans.property.Property<String>) shell.agreements()
                .form().fields().get(0).property();
        title.setValue("Never to be saved");
        assertThat(shell.agreements().dirtyProperty().get()).isTrue();

        escape();
        assertThat(shell.dialogs.confirmations).hasSize(1);
        assertThat(shell.agreements().dirtyProperty().get()).isFalse();
        assertThat(shell.agreements().recordOpenProperty().get()).isFalse();
        shell.agreements().refresh();
        assertThat(shell.agreements().list().matchesProperty().get()).isEqualTo(before);
    }
}

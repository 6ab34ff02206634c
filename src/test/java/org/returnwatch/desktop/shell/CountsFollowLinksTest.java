package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.links.LinkPickerViewModel;
import org.returnwatch.desktop.links.RelatedRecords;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.LinkRelation;

/** A link added or removed on a record's screen is counted in the status bar at once, on every screen. */
class CountsFollowLinksTest {
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

    private String links() {
        String status = shell.main.statusProperty().get();
        return status.substring(status.lastIndexOf("· ") + 1).replaceAll(".*, ", "");
    }

    private void linkAndUnlink(RelatedRecords related, RecordItem target) {
        assertThat(links()).isEqualTo("85 links");
        related.addLink(new LinkPickerViewModel.Choice(target, LinkRelation.INVOLVES, "seen together"));
        assertThat(links()).isEqualTo("86 links");
        related.removeLink(related.links().stream().filter(l -> l.other().id().equals(target.id())).findFirst()
                .orElseThrow());
        assertThat(links()).isEqualTo("85 links");
    }

    @Test
    void onTheCaseScreen() {
        CasesScreen cases = shell.cases();
        cases.activate();
        Case xie = ShellFixture.caseNamed(cases, "Xie Weidong");
        Case other = ShellFixture.caseNamed(cases, "John Doe-1");
        cases.open(xie.id());
        linkAndUnlink(cases.detail().related(), RecordItem.of(other));
    }

    @Test
    void onAnAgreementsScreen() {
        shell.main.show(Section.AGREEMENTS);
        RecordScreenViewModel<Agreement> agreements = shell.agreements();
        agreements.open(agreements.list().rows().get(0).id());
        linkAndUnlink(agreements.related(), RecordItem.of(agreements.list().rows().get(1)));
    }
}

package org.returnwatch.desktop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.CitationRow;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.dialog.DialogService.ConflictChoice;
import org.returnwatch.desktop.links.LinkDialogs.CitationEdit;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Grade;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Stance;
import org.returnwatch.store.Store;

/** A citation's source, locator and field are changed on the case and written by its Save. */
class CitationEditTest {
    @TempDir
    Path dir;
    Session session;
    Store store;
    FakeDialogs dialogs = new FakeDialogs();
    CaseDetailViewModel vm;
    Case xie;
    CitationRow first;
    RecordItem otherSource;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        store = Seeded.store(session);
        vm = new CaseDetailViewModel(session, new DirectTaskRunner(), dialogs, dialogs);
        xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        vm.load(xie.id());
        first = vm.related().citations().get(0);
        otherSource = vm.sources().stream().filter(s -> !s.id().equals(first.source().id())).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private Citation stored() {
        return store.read(tx -> store.citations().find(tx, first.citationId())).orElseThrow();
    }

    private void edit(String locator) {
        dialogs.citationAnswer = new CitationEdit(otherSource, "residenceCity", locator, null, Stance.SUPPORTS, null);
        vm.related().editCitation(vm.related().citations().stream()
                .filter(r -> r.citationId().equals(first.citationId())).findFirst().orElseThrow(), vm.sources());
    }

    @Test
    void anEditWaitsForSaveAndIsWrittenWithTheCase() {
        long caseVersion = xie.version();
        edit("para. 12");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.related().citations().get(0).locator()).isEqualTo("para. 12");
        assertThat(stored().version()).as("nothing written before Save").isEqualTo(first.version());

        vm.save(() -> { });

        Citation saved = stored();
        assertThat(saved.sourceId()).isEqualTo(otherSource.id());
        assertThat(saved.locator()).isEqualTo("para. 12");
        assertThat(saved.field()).isEqualTo("residenceCity");
        assertThat(saved.version()).isEqualTo(first.version() + 1);
        assertThat(store.read(tx -> store.cases().find(tx, xie.id())).orElseThrow().version())
                .isEqualTo(caseVersion + 1);
        assertThat(vm.dirtyProperty().get()).isFalse();
        // read back into a fresh form, as after reopening the case
        CaseDetailViewModel again = new CaseDetailViewModel(session, new DirectTaskRunner(), dialogs, dialogs);
        again.load(xie.id());
        CitationRow shown = again.related().citations().stream()
                .filter(r -> r.citationId().equals(first.citationId())).findFirst().orElseThrow();
        assertThat(shown.locator()).isEqualTo("para. 12");
        assertThat(shown.source().id()).isEqualTo(otherSource.id());
        assertThat(shown.field()).isEqualTo("residenceCity");
    }

    @Test
    void cancelThrowsTheEditAway() {
        edit("para. 99");
        vm.cancel();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.related().citations()).contains(first);
        vm.fields().role.set("Something else");
        vm.save(() -> { });
        assertThat(stored().locator()).isEqualTo(first.locator());
        assertThat(stored().version()).isEqualTo(first.version());
    }

    @Test
    void aCancelledDialogChangesNothing() {
        dialogs.citationAnswer = null;
        vm.related().editCitation(first, vm.sources());
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.related().citations()).contains(first);
    }

    @Test
    void anEditStaysWhileAnotherCitationIsAdded() {
        edit("para. 12");
        vm.related().addCitation(otherSource, null, "p. 3");
        assertThat(vm.related().citations()).anySatisfy(r -> assertThat(r.locator()).isEqualTo("para. 12"));
        vm.save(() -> { });
        assertThat(stored().locator()).isEqualTo("para. 12");
    }

    @Test
    void aCitationChangedElsewhereIsAConflictNotAnOverwrite() {
        Citation before = stored();
        store.write(tx -> store.citations().update(tx, new Citation(before.id(), before.ref(), before.version(),
                before.recordKind(), before.recordId(), before.field(), before.sourceId(), "p. 7", before.note())));
        edit("para. 12");
        dialogs.conflictAnswer = ConflictChoice.RELOAD;
        vm.save(() -> { });
        assertThat(dialogs.lastDifferences).anySatisfy(d -> {
            assertThat(d.field()).isEqualTo("Citation");
            assertThat(d.theirs()).contains("p. 7");
            assertThat(d.mine()).contains("para. 12");
        });
        assertThat(stored().locator()).isEqualTo("p. 7");
        assertThat(vm.related().citations()).anySatisfy(r -> assertThat(r.locator()).isEqualTo("p. 7"));

        edit("para. 13");
        store.write(tx -> store.citations().update(tx, new Citation(before.id(), before.ref(), stored().version(),
                before.recordKind(), before.recordId(), before.field(), before.sourceId(), "p. 8", before.note())));
        dialogs.conflictAnswer = ConflictChoice.KEEP_MINE;
        long theirs = stored().version();
        vm.save(() -> { });
        assertThat(stored().locator()).isEqualTo("para. 13");
        assertThat(stored().version()).isEqualTo(theirs + 1);
    }

    @Test
    void aGradeAndADenialAreSavedWithTheCaseAndFilteredOn() {
        dialogs.citationAnswer = new CitationEdit(first.source(), first.field(), first.locator(), Grade.parse("B2"),
                Stance.DENIES, "CBSA");
        vm.related().editCitation(first, vm.sources());
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.related().citationFilterProperty().set(org.returnwatch.desktop.links.CitationFilter.COUNTER_CLAIMS);
        assertThat(vm.related().shownCitations()).singleElement().satisfies(r ->
                assertThat(r.says()).isEqualTo("denies (CBSA)"));
        vm.save(() -> { });

        Citation saved = stored();
        assertThat(saved.grade()).isEqualTo(Grade.parse("B2"));
        assertThat(saved.stance()).isEqualTo(Stance.DENIES);
        assertThat(saved.claimant()).isEqualTo("CBSA");
        vm.related().citationFilterProperty().set(org.returnwatch.desktop.links.CitationFilter.RELIABLE_SOURCES);
        assertThat(vm.related().shownCitations()).extracting(CitationRow::citationId)
                .containsExactly(first.citationId());
        vm.related().citationFilterProperty().set(org.returnwatch.desktop.links.CitationFilter.ALL);
        assertThat(vm.related().shownCitations()).hasSameSizeAs(vm.related().citations());
    }
}

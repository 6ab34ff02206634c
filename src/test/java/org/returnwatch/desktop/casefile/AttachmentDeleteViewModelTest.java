package org.returnwatch.desktop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.RecordDeleter;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;

/**
 * Delete in the evidence files panel, on a real encrypted database: asked first with the file's
 * name, undone by the window's Edit → Undo with the same bytes, and final (bytes gone) once another
 * delete takes the undo's place.
 */
class AttachmentDeleteViewModelTest {
    @TempDir
    Path dir;
    Session session;
    Store store;
    FakeDialogs dialogs = new FakeDialogs();
    AttachmentsViewModel vm;
    RecordDeleter deleter;
    Case xie;

    @BeforeEach
    void open() {
        session = Seeded.session(dir.resolve("db"));
        store = Seeded.store(session);
        xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        deleter = new RecordDeleter(session, new DirectTaskRunner(), dialogs);
        vm = new AttachmentsViewModel(session, new DirectTaskRunner(), dialogs);
        vm.useUndo(deleter::offerUndo);
        vm.show(RecordKind.CASE, xie.id());
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private int rows() {
        return store.<Integer>read(tx -> org.returnwatch.store.Tamper.count(tx, "SELECT COUNT(*) FROM attachment"));
    }

    @Test
    void deleteAsksNamingTheFileUndoBringsItBackAndTheNextDeleteMakesItFinal() throws Exception {
        Path png = TestFiles.png(dir, "threat screenshot.png");
        dialogs.attachAnswer = List.of(png, TestFiles.pdf(dir, "court-order.pdf"));
        vm.chooseAndAttach();
        Attachment shot = vm.files().get(0);
        vm.selectedProperty().set(shot);

        dialogs.confirmAnswer = false;
        vm.deleteSelected();
        assertThat(dialogs.confirmations.get(0)).contains("RW-ATT-0001", "\"threat screenshot.png\"",
                "Edit → Undo delete");
        assertThat(vm.files()).hasSize(2);
        assertThat(deleter.lastProperty().get()).isNull();

        dialogs.confirmAnswer = true;
        vm.deleteSelected();
        assertThat(vm.files()).extracting(Attachment::fileName).containsExactly("court-order.pdf");
        assertThat(deleter.lastProperty().get().what()).isEqualTo("Undo delete");

        AtomicReference<DomainRecord> reopened = new AtomicReference<>();
        deleter.undo(reopened::set);
        assertThat(reopened.get().id()).as("the case the file belongs to is opened").isEqualTo(xie.id());
        vm.show(RecordKind.CASE, xie.id());
        assertThat(vm.files()).extracting(Attachment::fileName).contains("threat screenshot.png");
        String back = session.workspace().attachments().read(shot.ref(),
                in -> org.returnwatch.store.AttachmentRepository.sha256(in));
        assertThat(back).isEqualTo(TestFiles.sha256(png));

        // deleted again, then another delete: the first is final, its row and bytes gone
        vm.selectedProperty().set(vm.files().stream().filter(a -> a.id().equals(shot.id())).findFirst().get());
        vm.deleteSelected();
        assertThat(rows()).as("kept while it can be undone").isEqualTo(2);
        vm.selectedProperty().set(vm.files().get(0));
        vm.deleteSelected();
        assertThat(rows()).as("the first delete is final once the second takes the undo").isEqualTo(1);
        assertThat(store.verify().problems()).isEmpty();
    }
}

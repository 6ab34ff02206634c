package org.returnwatch.desktop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;

/** The evidence files panel on a real encrypted database, with real PNG and PDF files. */
class AttachmentsViewModelTest {
    @TempDir
    Path dir;
    Session session;
    Store store;
    FakeDialogs dialogs = new FakeDialogs();
    AttachmentsViewModel vm;
    Case xie;

    @BeforeEach
    void open() {
        session = Seeded.session(dir.resolve("db"));
        store = Seeded.store(session);
        xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        vm = new AttachmentsViewModel(session, new DirectTaskRunner(), dialogs);
        vm.show(RecordKind.CASE, xie.id());
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private List<Attachment> stored() {
        return store.read(tx -> store.attachments().forRecord(tx, xie.id()));
    }

    @Test
    void attachesListsWithTheHashAndPreviewsAnImageAndAPdf() throws Exception {
        Path png = TestFiles.png(dir, "summons.png");
        Path pdf = TestFiles.pdf(dir, "court-order.pdf");
        dialogs.attachAnswer = List.of(png, pdf);

        vm.chooseAndAttach();

        assertThat(vm.files()).extracting(Attachment::fileName).containsExactly("summons.png", "court-order.pdf");
        assertThat(stored()).hasSize(2);
        Attachment image = vm.files().get(0);
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.sha256()).isEqualTo(TestFiles.sha256(png));
        assertThat(AttachmentsViewModel.shortHash(image.sha256()))
                .isEqualTo(image.sha256().substring(0, 8) + "\u2026" + image.sha256().substring(56));
        assertThat(AttachmentsViewModel.size(image.size())).endsWith("KB");
        // small files need no progress dialog
        assertThat(dialogs.progressShown).isEmpty();
        // the last file attached is selected
        assertThat(vm.selectedProperty().get().fileName()).isEqualTo("court-order.pdf");

        vm.selectedProperty().set(image);
        BufferedImage thumb = vm.previewProperty().get();
        assertThat(thumb).isNotNull();
        assertThat(thumb.getWidth()).isEqualTo(AttachmentsViewModel.PREVIEW_SIDE);
        assertThat(thumb.getHeight()).isEqualTo(AttachmentsViewModel.PREVIEW_SIDE / 2);
        assertThat(new Color(thumb.getRGB(10, 10))).isEqualTo(Color.RED);
        assertThat(new Color(thumb.getRGB(thumb.getWidth() - 10, 10))).isEqualTo(Color.BLUE);
        assertThat(vm.canShareProperty().get()).isTrue();

        vm.selectedProperty().set(vm.files().get(1));
        BufferedImage page = vm.previewProperty().get();
        assertThat(page).isNotNull();
        assertThat(page.getHeight()).isEqualTo(AttachmentsViewModel.PREVIEW_SIDE);
        assertThat(page.getWidth()).isLessThan(page.getHeight());
        assertThat(new Color(page.getRGB(20, 20))).isEqualTo(Color.BLACK);
        assertThat(new Color(page.getRGB(page.getWidth() - 20, page.getHeight() - 20))).isEqualTo(Color.WHITE);
        assertThat(vm.canShareProperty().get()).isFalse();
    }

    @Test
    void savesAnExactCopyAndAnImageCopyForSharing() throws Exception {
        Path png = TestFiles.png(dir, "photo.png");
        vm.attach(List.of(png));
        vm.selectedProperty().set(vm.files().get(0));

        dialogs.exportAnswer = dir.resolve("copy.png");
        vm.saveCopy();
        assertThat(Files.readAllBytes(dialogs.exportAnswer)).isEqualTo(Files.readAllBytes(png));
        assertThat(dialogs.infos.get(0)).contains("SHA-256 matches").contains("not encrypted");

        dialogs.exportAnswer = dir.resolve("shared.png");
        vm.saveCopyForSharing();
        assertThat(dialogs.errors).isEmpty();
        BufferedImage shared = javax.imageio.ImageIO.read(dialogs.exportAnswer.toFile());
        assertThat(shared.getWidth()).isEqualTo(1200);
        assertThat(dialogs.infos.get(1)).contains("without the image's metadata");

        // a copy over an existing file is refused, and the file is left alone
        long before = Files.size(dialogs.exportAnswer);
        vm.saveCopy();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(Files.size(dialogs.exportAnswer)).isEqualTo(before);
    }

    @Test
    void aLargeFileShowsItsProgressAndACancelStoresNothing() throws Exception {
        Path big = dir.resolve("video.bin");
        byte[] bytes = new byte[(int) AttachmentsViewModel.SHOW_PROGRESS_FROM + 1024];
        new Random(7).nextBytes(bytes);
        Files.write(big, bytes);

        dialogs.cancelProgressNumber = 1;
        vm.attach(List.of(big));
        assertThat(dialogs.progressShown).hasSize(1);
        assertThat(dialogs.progressClosed).isEqualTo(1);
        assertThat(dialogs.infos).singleElement().asString().contains("Cancelled");
        assertThat(stored()).isEmpty();
        assertThat(vm.files()).isEmpty();

        vm.attach(List.of(big));
        assertThat(dialogs.progressShown).hasSize(2);
        assertThat(dialogs.progressShown.get(1).fractionProperty().get()).isEqualTo(1.0);
        assertThat(stored()).singleElement().extracting(Attachment::sha256).isEqualTo(TestFiles.sha256(big));
        assertThat(vm.previewTextProperty().get()).contains("No preview for application/octet-stream");
    }

    @Test
    void aRecordNotSavedYetTakesNoFiles() throws Exception {
        vm.showUnsaved("case");
        dialogs.attachAnswer = List.of(TestFiles.png(dir, "a.png"));
        vm.chooseAndAttach();
        assertThat(vm.availableProperty().get()).isFalse();
        assertThat(vm.unavailableTextProperty().get()).contains("Save the case first");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadSaysWhyAndStoresNothing() {
        vm.attach(List.of(dir.resolve("missing.pdf")));
        assertThat(dialogs.errors).singleElement().asString().contains("missing.pdf").contains("nothing was attached");
        assertThat(stored()).isEmpty();
    }
}

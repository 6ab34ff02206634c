package org.returnwatch.desktop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Reference;
import org.returnwatch.dossier.DossierLanguage;
import org.returnwatch.store.Store;

/** File → Print case dossier… on a real encrypted database: the preview, the choices, the PDF written. */
class DossierFlowTest {
    @TempDir
    Path dir;
    Session session;
    Store store;
    FakeDialogs dialogs = new FakeDialogs();
    DossierFlow flow;
    Case xie;

    @BeforeEach
    void open() {
        session = Seeded.session(dir.resolve("db"));
        store = Seeded.store(session);
        xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        flow = new DossierFlow(session, new DirectTaskRunner(), dialogs, dialogs);
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void previewsThenWritesThePseudonymisedPdfAndOffersToOpenIt() throws Exception {
        int[] exactPages = new int[1];
        dialogs.dossierAnswer = vm -> {
            exactPages[0] = vm.pages().size();
            BufferedImage first = vm.pages().get(0);
            assertThat(first.getHeight()).isEqualTo(DossierViewModel.PREVIEW_HEIGHT);
            assertThat(vm.statusProperty().get()).contains("with every name and note");
            vm.pseudonymiseProperty().set(true);
            vm.languageProperty().set(DossierLanguage.ZH_HANS);
            assertThat(vm.pages()).isNotEmpty();
            assertThat(vm.statusProperty().get()).contains("pseudonymised (standard profile)");
            return true;
        };
        dialogs.exportAnswer = dir.resolve("for-the-lawyer");
        dialogs.confirmAnswer = true;

        flow.print(xie, false);

        assertThat(exactPages[0]).isPositive();
        Path pdf = dir.resolve("for-the-lawyer.pdf");
        assertThat(pdf).isRegularFile();
        String text = text(pdf);
        assertThat(text).doesNotContain("Xie Weidong").contains("RW-C-0001");
        assertThat(dialogs.confirmations).singleElement().asString().contains("not encrypted")
                .contains("Open it with the system's PDF reader?");
        assertThat(dialogs.opened).containsExactly(pdf);
    }

    @Test
    void theExactDossierNamesThePersonAndIsNotOpenedUnlessAsked() throws Exception {
        dialogs.dossierAnswer = vm -> true;
        dialogs.exportAnswer = dir.resolve("xie.pdf");
        dialogs.confirmAnswer = false;
        flow.print(xie, true);
        assertThat(dialogs.dossiers.get(0).statusProperty().get()).contains("unsaved changes");
        assertThat(text(dir.resolve("xie.pdf"))).contains("Xie Weidong");
        assertThat(dialogs.opened).isEmpty();
    }

    @Test
    void cancelWritesNothingAndNoCaseSaysWhy() throws Exception {
        dialogs.dossierAnswer = null;
        dialogs.exportAnswer = dir.resolve("never.pdf");
        flow.print(xie, false);
        assertThat(dir.resolve("never.pdf")).doesNotExist();
        assertThat(dialogs.dossiers.get(0).pages()).as("the preview is dropped with the dialog").isEmpty();

        flow.print(null, false);
        assertThat(dialogs.infos).singleElement().asString().contains("Open a case first");
        assertThat(dialogs.dossiers).hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).isEmpty();
        }
    }
}

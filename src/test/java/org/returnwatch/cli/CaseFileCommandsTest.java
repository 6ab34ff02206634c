package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.Store;
import org.returnwatch.store.Tamper;

/** attach, attachments, extract, verify-attachments, follow-up(s), dossier and report, as a user types them. */
class CaseFileCommandsTest {
    @TempDir
    Path dir;

    @Test
    void evidenceGoesInIsListedComesOutExactlyAndATamperedFileFailsTheCheck() throws Exception {
        SeededDatabase db = SeededDatabase.quick(dir, "cases");
        var img = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path photo = dir.resolve("threat screenshot.png");
        javax.imageio.ImageIO.write(img, "png", photo.toFile());

        CliRunner.Result attached = db.run("attach", "RW-C-0001", photo, "--note", "WeChat message", "--by", "M. Chen");
        assertThat(attached.code()).as(attached.err()).isZero();
        assertThat(attached.out()).contains("RW-ATT-0001", "image/png", sha256(photo));

        CliRunner.Result copy = db.run("attach", "RW-ATT-0001", Files.writeString(dir.resolve("redacted.txt"), "x"));
        assertThat(copy.out()).contains("RW-ATT-0002", "a copy of RW-ATT-0001");

        CliRunner.Result listed = db.run("attachments", "RW-C-0001");
        assertThat(listed.out()).contains("threat screenshot.png", sha256(photo), "M. Chen", "WeChat message")
                .contains("RW-ATT-0002").containsPattern("redacted.txt .*RW-ATT-0001");

        Path out = dir.resolve("out.png");
        CliRunner.Result extracted = db.run("extract", "RW-ATT-0001", "--out", out);
        assertThat(extracted.code()).as(extracted.err()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(photo));
        assertThat(db.run("extract", "RW-ATT-0001", "--out", out).err()).contains("exists");

        assertThat(db.run("verify-attachments").out()).contains("All 2 attachments match");
        UUID id;
        try (Passphrase p = Passphrase.fromFile(db.passphraseFile);
             Store store = new Store(Database.open(DatabaseFile.of(db.db), p))) {
            id = store.read(tx -> store.attachments().all(tx)).get(0).id();
            Tamper.overwriteContent(store, id, new byte[] {1, 2, 3});
        }
        CliRunner.Result verified = db.run("verify-attachments");
        assertThat(verified.code()).isEqualTo(1);
        assertThat(verified.out()).contains("MISMATCH RW-ATT-0001");
        assertThat(verified.err()).contains("1 of 2 attachments do not match");
    }

    @Test
    void badReferencesAreUsageErrorsAndAMissingFileChangesNothing() throws Exception {
        SeededDatabase db = SeededDatabase.quick(dir, "cases");
        assertThat(db.run("extract", "RW-C-0001", "--out", dir.resolve("x")).code()).isEqualTo(2);
        assertThat(db.run("attach", "nonsense", dir.resolve("x")).code()).isEqualTo(2);
        CliRunner.Result missing = db.run("attach", "RW-C-0001", dir.resolve("no-such-file.jpg"));
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such-file.jpg").contains("nothing was attached");
        assertThat(db.run("attachments", "RW-C-0001").out()).contains("No files are attached");
        assertThat(db.run("dossier", "RW-C-0001", "--out", dir.resolve("d.pdf"), "--language", "fr").code())
                .isEqualTo(2);
    }

    @Test
    void followUpsAreAddedListedAndDone() {
        SeededDatabase db = SeededDatabase.quick(dir, "cases");
        CliRunner.Result added = db.run("follow-up", "RW-C-0002", "--due", "2020-01-15", "--note", "call the lawyer");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("RW-FU-0001", "2020-01-15");
        assertThat(db.run("follow-ups").out()).contains("RW-FU-0001", "overdue", "RW-C-0002", "call the lawyer");
        assertThat(db.run("follow-up", "RW-FU-0001", "--done").out()).contains("done");
        assertThat(db.run("follow-ups").out()).contains("No follow-up is due");
        assertThat(db.run("follow-ups", "--case", "RW-C-0002").out()).contains("RW-FU-0001", "done");
        assertThat(db.run("follow-up", "RW-C-0002", "--due", "15/01/2020", "--note", "x").code()).isEqualTo(2);
    }

    @Test
    void theDossierAndTheReportArePdfsOfTheSeededCases() throws Exception {
        SeededDatabase db = SeededDatabase.quick(dir, "cases");
        Path dossier = dir.resolve("xie.pdf");
        CliRunner.Result r = db.run("dossier", "RW-C-0001", "--out", dossier);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).as("nothing of the layout engine's log reaches the terminal").isEmpty();
        try (var pdf = Loader.loadPDF(dossier.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Xie Weidong", "CONFIDENTIAL", "Timeline");
        }
        Path report = dir.resolve("canada.pdf");
        assertThat(db.run("report", "--residence", "Canada", "--out", report).code()).isZero();
        try (var pdf = Loader.loadPDF(report.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("residence: Canada").doesNotContain("John Doe-1");
        }
        Path pseudo = dir.resolve("pseudo.pdf");
        assertThat(db.run("dossier", "RW-C-0001", "--out", pseudo, "--pseudonymise", "--language", "zh-Hant").code())
                .isZero();
        try (var pdf = Loader.loadPDF(pseudo.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Xie Weidong").contains("PERSON-");
        }
    }

    private static String sha256(Path file) throws Exception {
        return org.returnwatch.store.TestDatabases.digest(file);
    }
}

package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.ItemRef;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Source;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;
import org.returnwatch.store.StoreException;
import org.returnwatch.store.Tamper;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/** Evidence files on a real encrypted database: intake, listing, extraction, copies, checks. */
class AttachmentsTest {
    @TempDir
    Path dir;
    Workspace ws;
    Store store;
    Case owner;

    @BeforeEach
    void database() throws Exception {
        store = TestDatabases.create(Files.createDirectories(dir.resolve("db")));
        ws = TestWorkspaces.of(store);
        owner = store.write(tx -> store.cases().insert(tx, Case.named("Owner of the evidence")));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void intakeRecordsTheExactBytesFingerprintNameSizeTypeWhoAndWhen() throws Exception {
        byte[] bytes = new byte[300_000];
        new Random(3).nextBytes(bytes);
        bytes[0] = '%';
        bytes[1] = 'P';
        bytes[2] = 'D';
        bytes[3] = 'F';
        bytes[4] = '-';
        Path file = Files.write(dir.resolve("police summons.pdf"), bytes);

        Attachment a = ws.attachments().attach(owner.ref(), file, "sent to his mother", "M. Chen");

        assertThat(a.ref()).isEqualTo(new ItemRef(ItemRef.ATTACHMENT, 1));
        assertThat(a.sha256()).isEqualTo(AttachmentRoundTrip.sha256(file));
        assertThat(a.size()).isEqualTo(300_000);
        assertThat(a.fileName()).isEqualTo("police summons.pdf");
        assertThat(a.mediaType()).isEqualTo("application/pdf");
        assertThat(a.addedBy()).isEqualTo("M. Chen");
        assertThat(a.addedAt()).isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now());
        java.util.List<Attachment> listed = ws.attachments().list(owner.ref());
        assertThat(listed).containsExactly(a);
        byte[] stored = ws.attachments().read(a.ref(), in -> in.readAllBytes());
        assertThat(stored).isEqualTo(bytes);
    }

    @Test
    void theMediaTypeComesFromTheContentNotTheName() throws Exception {
        Path pngNamedPdf = Files.write(dir.resolve("report.pdf"), tinyPng());
        Path text = Files.writeString(dir.resolve("threat.jpg"), "you know what happens to your family\n");

        assertThat(ws.attachments().attach(owner.ref(), pngNamedPdf, null, null).mediaType()).isEqualTo("image/png");
        assertThat(ws.attachments().attach(owner.ref(), text, null, null).mediaType()).isEqualTo("text/plain");
    }

    @Test
    void filesAttachToIncidentsActorsAndSourcesButNotToOtherKinds() throws Exception {
        Path file = Files.writeString(dir.resolve("note.txt"), "x");
        Incident i = store.write(tx -> store.incidents().insert(tx, new Incident(java.util.UUID.randomUUID(), null, 0,
                owner.id(), FuzzyDate.ofYear(2016), null, null, "FAMILY_PRESSURE", null, null, null)));
        Actor actor = store.write(tx -> store.actors().insert(tx, new Actor(java.util.UUID.randomUUID(), null, 0,
                "An agent", null, ActorKind.PERSON, null, null)));
        Source src = store.write(tx -> store.sources().insert(tx, new Source(java.util.UUID.randomUUID(), null, 0,
                "A report", null, null, null, null, null, null, null)));
        for (Reference r : java.util.List.of(i.ref(), actor.ref(), src.ref())) {
            Attachment a = ws.attachments().attach(r, file, null, null);
            java.util.List<Attachment> listed = ws.attachments().list(r);
            assertThat(listed).containsExactly(a);
            assertThat(a.recordKind()).isEqualTo(r.kind());
        }
        var agreement = store.write(tx -> store.agreements().insert(tx, new org.returnwatch.domain.Agreement(
                java.util.UUID.randomUUID(), null, 0, "A treaty", null, java.util.List.of(), null, null,
                java.util.List.of())));
        assertThatThrownBy(() -> ws.attachments().attach(agreement.ref(), file, null, null))
                .isInstanceOf(StoreException.class).hasMessageContaining("nothing was attached");
        java.util.List<Attachment> all = store.read(tx -> store.attachments().all(tx));
        assertThat(all).hasSize(3);
    }

    @Test
    void aMissingFileOrRecordAttachesNothing() {
        assertThatThrownBy(() -> ws.attachments().attach(owner.ref(), dir.resolve("gone.jpg"), null, null))
                .isInstanceOf(StoreException.class).hasMessageContaining("gone.jpg")
                        .hasMessageContaining("no such file");
        assertThatThrownBy(() -> ws.attachments().attach(new Reference(RecordKind.CASE, 99), dir, null, null))
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("RW-C-0099");
        java.util.List<Attachment> all = store.read(tx -> store.attachments().all(tx));
        assertThat(all).isEmpty();
    }

    @Test
    void extractWritesTheSameBytesToAPrivateFileAndNeverOverwrites() throws Exception {
        byte[] bytes = new byte[70_000];
        new Random(5).nextBytes(bytes);
        Attachment a = ws.attachments().attach(owner.ref(), Files.write(dir.resolve("video.mp4"), bytes), null, null);
        Path outDir = Files.createDirectories(dir.resolve("out"));

        Attachments.Extracted e = ws.attachments().extract(a.ref(), outDir);

        assertThat(e.file()).isEqualTo(outDir.resolve("video.mp4"));
        assertThat(Files.readAllBytes(e.file())).isEqualTo(bytes);
        assertThat(e.sha256()).isEqualTo(a.sha256());
        assertThat(Files.getPosixFilePermissions(e.file()))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThatThrownBy(() -> ws.attachments().extract(a.ref(), e.file()))
                .isInstanceOf(StoreException.class).hasMessageContaining("exists");
        try (var files = Files.list(outDir)) {
            assertThat(files.toList()).containsExactly(e.file());
        }
    }

    @Test
    void anEditedCopyIsANewAttachmentPointingToItsOriginalWhichStaysAsItWas() throws Exception {
        Attachment original = ws.attachments().attach(owner.ref(), Files.writeString(dir.resolve("letter.txt"),
                "Dear Mr Chen, your brother ..."), null, "A");
        Attachment copy = ws.attachments()
                .attachCopy(original.ref(), Files.writeString(dir.resolve("letter-redacted.txt"),
                "Dear Mr ████, your brother ..."), "names blacked out", "B");

        assertThat(copy.derivedFrom()).isEqualTo(original.id());
        assertThat(copy.recordId()).isEqualTo(owner.id());
        assertThat(copy.ref().number()).isEqualTo(2);
        assertThat(ws.attachments().get(original.ref())).isEqualTo(original);
        assertThat(new String(ws.attachments().read(original.ref(), in -> in.readAllBytes()),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Dear Mr Chen, your brother ...");
        java.util.List<Attachment> copies = store.read(tx -> store.attachments().copiesOf(tx, original.id()));
        assertThat(copies).containsExactly(copy);
    }

    @Test
    void verifyFindsAStoredFileWhoseBytesChangedAndExtractRefusesIt() throws Exception {
        Attachment good = ws.attachments().attach(owner.ref(), Files.writeString(dir.resolve("a.txt"), "first"), null,
                null);
        Attachment bad = ws.attachments().attach(owner.ref(), Files.writeString(dir.resolve("b.txt"), "second"), null,
                null);
        assertThat(ws.attachments().verifyAll(ProgressListener.NONE)).allMatch(Attachments.Check::matches);

        Tamper.overwriteContent(store, bad.id(), "changed".getBytes());

        var checks = ws.attachments().verifyAll(ProgressListener.NONE);
        assertThat(checks).filteredOn(c -> !c.matches()).extracting(c -> c.attachment().ref())
                .containsExactly(bad.ref());
        assertThat(checks).filteredOn(Attachments.Check::matches).extracting(c -> c.attachment().ref())
                .containsExactly(good.ref());
        Path out = dir.resolve("b-out.txt");
        assertThatThrownBy(() -> ws.attachments().extract(bad.ref(), out)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no longer match");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void attachmentsOfADeletedCaseStayAndComeBackWithUndo() throws Exception {
        Attachment a = ws.attachments()
                .attach(owner.ref(), Files.writeString(dir.resolve("a.txt"), "kept"), null, null);
        var plan = ws.deletions().plan(RecordKind.CASE, owner.id());
        var deletion = ws.deletions().delete(plan);
        assertThat(ws.attachments().get(a.ref())).isEqualTo(a);
        ws.deletions().undo(deletion);
        java.util.List<Attachment> listed = ws.attachments().list(owner.ref());
        assertThat(listed).containsExactly(a);
    }

    static byte[] tinyPng() throws Exception {
        var img = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}

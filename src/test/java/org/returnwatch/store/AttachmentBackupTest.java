package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.work.ProgressListener;

/**
 * Evidence files are part of the database, so they are part of its backup: H2's SCRIPT carries
 * large objects in pieces through a temporary table and two functions of its own, which the
 * restore runs (and no other function).
 */
class AttachmentBackupTest {
    @TempDir
    Path dir;

    @Test
    void aStoredFileComesBackFromABackupByteForByte() throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(bytes);
        Path db = Files.createDirectories(dir.resolve("db"));
        Path backup = dir.resolve("all.rwbackup");
        UUID id;
        try (Store store = TestDatabases.create(db); Passphrase p = TestDatabases.passphrase()) {
            Case c = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Owner")));
            Attachment a = store.write(tx -> store.attachments().insert(tx, draft(c.id()),
                    new ByteArrayInputStream(bytes)));
            id = a.id();
            assertThat(a.sha256()).isEqualTo(sha256(bytes));
            assertThat(a.size()).isEqualTo(bytes.length);
            Backups.backup(store.database(), p, backup, ProgressListener.NONE);
        }
        Path restoredDir = Files.createDirectories(dir.resolve("restored"));
        try (Passphrase p = TestDatabases.passphrase()) {
            Backups.restore(backup, TestDatabases.file(restoredDir), p, ProgressListener.NONE);
        }
        try (Store store = TestDatabases.open(restoredDir)) {
            Attachment back = store.read(tx -> store.attachments().find(tx, id)).orElseThrow();
            byte[] read = store.read(tx -> store.attachments().readContent(tx, id, in -> in.readAllBytes()));
            assertThat(read).isEqualTo(bytes);
            assertThat(back.sha256()).isEqualTo(sha256(bytes));
            assertThat(back.fileName()).isEqualTo("summons.pdf");
            // the restored database takes new files after the restored ones
            Attachment next = store.write(tx -> store.attachments().insert(tx, draft(back.recordId()),
                    new ByteArrayInputStream(new byte[] {1})));
            assertThat(next.ref().number()).isEqualTo(back.ref().number() + 1);
        }
    }

    @Test
    void aBackupDeclaringAnyOtherFunctionUnderTheLargeObjectNamesIsRefused() throws Exception {
        Path db = Files.createDirectories(dir.resolve("db"));
        try (Store store = TestDatabases.create(db)) {
            store.write(tx -> store.cases().insert(tx, Records.caseNamed("Someone")));
        }
        String before = TestDatabases.digest(TestDatabases.file(db).dataFile());
        Path forged = dir.resolve("forged.rwbackup");
        writeForged(db, forged, List.of(
                "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_BLOB FOR 'java.lang.System.exit';"));
        try (Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Backups.restore(forged, TestDatabases.file(db), p, ProgressListener.NONE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("it holds a statement no ReturnWatch backup holds");
        }
        assertThat(TestDatabases.digest(TestDatabases.file(db).dataFile())).isEqualTo(before);
    }

    private static Attachment draft(UUID caseId) {
        return new Attachment(UUID.randomUUID(), null, RecordKind.CASE, caseId, "summons.pdf", "application/pdf", 0,
                null, "A. Caseworker", Instant.parse("2025-01-02T03:04:05Z"), null, null);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void writeForged(Path db, Path forged, List<String> statements) throws Exception {
        KeyFile keyFile = KeyFile.read(TestDatabases.file(db).keyFile());
        BackupHeader header = BackupHeader.fresh(keyFile);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(payload))) {
            out.writeUTF("returnwatch-backup-script");
            out.writeInt(1);
            for (String s : statements) {
                byte[] sql = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(sql.length);
                out.write(sql);
            }
            out.writeInt(-1);
            out.writeLong(statements.size());
        }
        try (Passphrase p = TestDatabases.passphrase();
             DerivedKeys keys = DerivedKeys.derive(p, keyFile.salt(), keyFile.iterations());
             var file = Files.newOutputStream(forged)) {
            file.write(header.bytes());
            try (SealedOutputStream sealed = new SealedOutputStream(file, Backups.backupKey(keys),
                    header.noncePrefix(), header.bytes())) {
                sealed.write(payload.toByteArray());
            }
        }
    }
}

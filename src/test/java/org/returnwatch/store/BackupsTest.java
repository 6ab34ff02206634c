package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.work.CancelledException;
import org.returnwatch.work.ProgressListener;

/**
 * Backup → restore gives back the same records; a damaged, cut-off, foreign or forged backup, a
 * wrong passphrase, a database that is open, or a cancel, is refused and the current database stays
 * byte for byte as it was.
 */
class BackupsTest {
    @TempDir
    Path dir;
    Path db;
    Path backup;
    String seededExport;
    final JsonExchange json = new JsonExchange();

    @BeforeEach
    void seededDatabaseAndItsBackup() throws Exception {
        db = Files.createDirectories(dir.resolve("db"));
        backup = dir.resolve("all.rwbackup");
        try (Store store = SeededTemplate.create(db); Passphrase p = TestDatabases.passphrase()) {
            seededExport = json.exportDocument(store).toString();
            Backups.backup(store.database(), p, backup, ProgressListener.NONE);
        }
    }

    @Test
    void restoreBringsBackExactlyWhatWasBackedUp() throws Exception {
        try (Store store = TestDatabases.open(db)) {
            store.write(tx -> store.cases().insert(tx, Records.caseNamed("Added after the backup")));
            var first = store.read(tx -> store.actors().all(tx)).get(0);
            store.write(tx -> {
                store.actors().delete(tx, first.id(), first.version());
                return null;
            });
            assertThat(json.exportDocument(store).toString()).isNotEqualTo(seededExport);
        }
        Map<RecordKind, Integer> counts = restore(backup);
        assertThat(counts.get(RecordKind.CASE)).isEqualTo(14);
        try (Store store = TestDatabases.open(db)) {
            assertThat(json.exportDocument(store).toString()).isEqualTo(seededExport);
        }
        assertThat(filesIn(db)).containsExactlyInAnyOrder("test.mv.db", "test.rwkey");
    }

    @Test
    void restoreOnAMachineWithNoDatabaseCreatesItWithItsKeyFile() throws Exception {
        Path fresh = dir.resolve("elsewhere");
        try (Passphrase p = TestDatabases.passphrase()) {
            Backups.restore(backup, TestDatabases.file(fresh), p, ProgressListener.NONE);
        }
        try (Store store = TestDatabases.open(fresh)) {
            assertThat(json.exportDocument(store).toString()).isEqualTo(seededExport);
        }
    }

    @Test
    void theBackupIsEncryptedAndHoldsNoNameInPlainText() throws Exception {
        byte[] bytes = Files.readAllBytes(backup);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("RWBACKUP").doesNotContain("Xie Weidong").doesNotContain("INSERT")
                .doesNotContain(TestDatabases.PASSPHRASE);
    }

    @Test
    void damagedCutOffAndForeignFilesAreRefusedAndChangeNothing() throws Exception {
        byte[] good = Files.readAllBytes(backup);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x01;
        byte[] header = good.clone();
        header[20] ^= 0x01;
        assertRefused(write("flipped", flipped), "is damaged or not a ReturnWatch backup: block");
        assertRefused(write("cut", Arrays.copyOf(good, good.length - 100)), "it is incomplete");
        assertRefused(write("cut-at-block", Arrays.copyOf(good, good.length - 5)), "it is incomplete");
        assertRefused(write("extra", concat(good, new byte[] {1, 2, 3})), "there is data after its last block");
        assertRefused(write("header", header), "does not open the backup");
        assertRefused(write("foreign", "name,country\nXie,Canada\n".getBytes(StandardCharsets.UTF_8)),
                "is not a ReturnWatch backup");
        assertRefused(write("empty", new byte[0]), "is not a ReturnWatch backup");
        assertRefused(TestDatabases.file(db).dataFile(), "is not a ReturnWatch backup");
    }

    @Test
    void wrongPassphraseIsRefusedAndChangesNothing() throws Exception {
        String before = digests();
        try (Passphrase wrong = Passphrase.adopt("not the passphrase".toCharArray())) {
            assertThatThrownBy(() -> Backups.restore(backup, TestDatabases.file(db), wrong, ProgressListener.NONE))
                    .isInstanceOf(WrongPassphraseException.class).hasMessageContaining("does not open the backup");
        }
        assertThat(digests()).isEqualTo(before);
    }

    @Test
    void aForgedBackupWithAStatementNoBackupHoldsIsRefused() throws Exception {
        Path forged = dir.resolve("forged.rwbackup");
        KeyFile keyFile = KeyFile.read(TestDatabases.file(db).keyFile());
        BackupHeader header = BackupHeader.fresh(keyFile);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(payload))) {
            out.writeUTF("returnwatch-backup-script");
            out.writeInt(1);
            byte[] sql = "CREATE ALIAS EVIL AS 'String x() { return \"\"; }'".getBytes(StandardCharsets.UTF_8);
            out.writeInt(sql.length);
            out.write(sql);
            out.writeInt(-1);
            out.writeLong(1);
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
        assertRefused(forged, "it holds a statement no ReturnWatch backup holds");
    }

    @Test
    void aDatabaseThatIsOpenIsNotReplaced() throws Exception {
        try (Store open = TestDatabases.open(db); Passphrase p = TestDatabases.passphrase()) {
            String before = TestDatabases.digest(TestDatabases.file(db).keyFile());
            assertThatThrownBy(() -> Backups.restore(backup, TestDatabases.file(db), p, ProgressListener.NONE))
                    .hasMessageContaining("is open in ReturnWatch or another program");
            assertThat(TestDatabases.digest(TestDatabases.file(db).keyFile())).isEqualTo(before);
            assertThat(open.<Integer>read(tx -> open.cases().count(tx, null))).isEqualTo(14);
        }
    }

    @Test
    void aCancelledRestoreChangesNothingAndACancelledBackupLeavesNoFile() throws Exception {
        String before = digests();
        int[] calls = {0};
        ProgressListener cancelSoon = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                calls[0]++;
            }

            @Override
            public boolean cancelled() {
                return calls[0] >= 3;
            }
        };
        try (Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Backups.restore(backup, TestDatabases.file(db), p, cancelSoon))
                    .isInstanceOf(CancelledException.class);
        }
        assertThat(digests()).isEqualTo(before);
        assertThat(filesIn(db)).containsExactlyInAnyOrder("test.mv.db", "test.rwkey");

        calls[0] = 0;
        Path cancelled = dir.resolve("cancelled.rwbackup");
        try (Store store = TestDatabases.open(db); Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Backups.backup(store.database(), p, cancelled, cancelSoon))
                    .isInstanceOf(CancelledException.class);
        }
        assertThat(cancelled).doesNotExist();
        assertThat(dir.resolve("cancelled.rwbackup.part")).doesNotExist();
    }

    @Test
    void aBackupIsNeverWrittenOverAFileThatIsNotABackup() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "keep me");
        try (Store store = TestDatabases.open(db); Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Backups.backup(store.database(), p, notes, ProgressListener.NONE))
                    .hasMessageContaining("is not a ReturnWatch backup; it was not overwritten");
            assertThatThrownBy(() -> Backups.backup(store.database(), p, TestDatabases.file(db).dataFile(),
                    ProgressListener.NONE)).hasMessageContaining("over the database itself");
            Backups.backup(store.database(), p, backup, ProgressListener.NONE);
        }
        assertThat(Files.readString(notes)).isEqualTo("keep me");
    }

    private Map<RecordKind, Integer> restore(Path file) {
        try (Passphrase p = TestDatabases.passphrase()) {
            return Backups.restore(file, TestDatabases.file(db), p, ProgressListener.NONE);
        }
    }

    private void assertRefused(Path file, String message) throws Exception {
        String before = digests();
        assertThatThrownBy(() -> restore(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(message).hasMessageContaining("nothing was changed");
        assertThat(digests()).as(file.toString()).isEqualTo(before);
        assertThat(filesIn(db)).containsExactlyInAnyOrder("test.mv.db", "test.rwkey");
    }

    private String digests() throws Exception {
        DatabaseFile f = TestDatabases.file(db);
        return TestDatabases.digest(f.dataFile()) + TestDatabases.digest(f.keyFile());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name + ".rwbackup"), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static java.util.List<String> filesIn(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}

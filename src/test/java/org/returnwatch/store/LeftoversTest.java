package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.work.ProgressListener;

/**
 * What a killed command leaves behind is removed the next time the database opens: the partial file
 * of an export or backup (plain text, for an export) and the new database of a restore that never
 * got put in place.
 */
class LeftoversTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void database() throws Exception {
        db = Files.createDirectories(dir.resolve("db"));
        try (Store store = TestDatabases.create(db)) {
            store.write(tx -> store.cases().insert(tx, Records.caseNamed("Kept Person")));
        }
    }

    private static int child(Class<?> main, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        assertThat(output).doesNotContain("Exception");
        return code;
    }

    private List<String> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKilledExportsPartialFileIsRemovedAtTheNextOpening() throws Exception {
        Path out = Files.createDirectories(dir.resolve("exports")).resolve("everything.json");
        assertThat(child(HaltingExport.class, db.toString(), out.toString())).isEqualTo(HaltingExport.HALT_STATUS);
        Path part = out.resolveSibling("everything.json.part");
        assertThat(Files.readString(part)).isEqualTo(HaltingExport.TEXT);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(part)))
                .isEqualTo("rw-------");

        TestDatabases.open(db).close();

        assertThat(part).doesNotExist();
        assertThat(out).doesNotExist();
    }

    @Test
    void aRestoreKilledHalfWayLeavesTheDatabaseAsItWasAndItsNewFileIsRemoved() throws Exception {
        Path backup = dir.resolve("all.rwbackup");
        try (Store store = TestDatabases.open(db); Passphrase p = TestDatabases.passphrase()) {
            for (int i = 0; i < 300; i++) {
                int n = i;
                store.write(tx -> store.cases().insert(tx, Records.caseNamed("Backed Up " + n)));
            }
            Backups.backup(store.database(), p, backup, ProgressListener.NONE);
            store.write(tx -> store.cases().insert(tx, Records.caseNamed("After The Backup")));
        }
        assertThat(child(HaltingRestore.class, db.toString(), backup.toString())).isEqualTo(HaltingRestore.HALT_STATUS);
        assertThat(files(db)).anyMatch(n -> n.matches("test-restoring-[0-9a-f]{8}\\.mv\\.db"));

        try (Store store = TestDatabases.open(db)) {
            assertThat(store.<List<Case>>read(tx -> store.cases().all(tx))).extracting(Case::name)
                    .contains("Kept Person", "After The Backup").hasSize(302);
            assertThat(store.verify().problems()).isEmpty();
        }
        assertThat(files(db)).containsExactly("test.mv.db", "test.rwkey");
    }

    @Test
    void strayNewDatabaseFilesAndKeyFileCopiesBesideTheDatabaseAreRemoved() throws Exception {
        Files.writeString(db.resolve("test-restoring-0a1b2c3d.rwkey"), "format=returnwatch-key-2\n");
        Files.writeString(db.resolve("test-rekeying-deadbeef.mv.db"), "H2encrypt");
        Files.writeString(db.resolve("test.rwkey.tmp"), "half a key file");
        Files.writeString(db.resolve("other-restoring-0a1b2c3d.mv.db"), "another database's: left alone");
        TestDatabases.open(db).close();
        assertThat(files(db)).containsExactly("other-restoring-0a1b2c3d.mv.db", "test.mv.db", "test.rwkey");
    }
}

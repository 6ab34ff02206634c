package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;

/** Opening, refusing and protecting database files. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void fileIsEncryptedAndHoldsNoNameInPlainText() throws Exception {
        try (Store store = TestDatabases.create(dir)) {
            store.write(tx -> store.cases().insert(tx, Records.caseNamed("Zebulon Quixotic")));
        }
        byte[] bytes = Files.readAllBytes(TestDatabases.file(dir).dataFile());
        assertThat(new String(bytes, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Zebulon").doesNotContain("Quixotic");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("test.mv.db", "test.rwkey");
        }
        String key = Files.readString(TestDatabases.file(dir).keyFile());
        assertThat(key).doesNotContain(TestDatabases.PASSPHRASE).contains("iterations=1000");
    }

    @Test
    void wrongPassphraseIsRefusedAndTheFileIsUntouched() throws Exception {
        TestDatabases.create(dir).close();
        DatabaseFile file = TestDatabases.file(dir);
        String before = TestDatabases.digest(file.dataFile());
        try (Passphrase wrong = Passphrase.adopt("not it".toCharArray())) {
            assertThatThrownBy(() -> Database.open(file, wrong))
                    .isInstanceOf(WrongPassphraseException.class)
                    .hasMessage("wrong passphrase for " + file);
        }
        assertThat(TestDatabases.digest(file.dataFile())).isEqualTo(before);
    }

    @Test
    void missingFileIsReportedAndNothingIsCreated() {
        DatabaseFile file = TestDatabases.file(dir);
        try (Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Database.open(file, p))
                    .isInstanceOf(NotADatabaseException.class).hasMessageContaining("no database at");
        }
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void fileThatIsNotADatabaseIsRefusedUnchanged() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "just some notes");
        assertThatThrownBy(() -> DatabaseFile.of(text)).isInstanceOf(NotADatabaseException.class)
                .hasMessageContaining("is not a ReturnWatch database");

        Path fake = dir.resolve("fake.mv.db");
        Files.writeString(fake, "H2 pretend content that is not encrypted");
        DatabaseFile file = new DatabaseFile(fake);
        Files.writeString(file.keyFile(), "format=returnwatch-key-1\n");
        try (Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Database.open(file, p)).isInstanceOf(NotADatabaseException.class);
        }
        assertThat(Files.readString(fake)).isEqualTo("H2 pretend content that is not encrypted");
    }

    @Test
    void databaseWithoutItsKeyFileIsExplained() throws Exception {
        TestDatabases.create(dir).close();
        Files.delete(TestDatabases.file(dir).keyFile());
        try (Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Database.open(TestDatabases.file(dir), p))
                    .isInstanceOf(NotADatabaseException.class).hasMessageContaining("has no key file");
        }
    }

    @Test
    void databaseFromANewerSchemaIsRefusedAndLeftByteForByte() throws Exception {
        try (Store store = TestDatabases.create(dir)) {
            store.write(tx -> {
                try (var st = tx.connection().createStatement()) {
                    st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                            + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", "
                            + "\"execution_time\", \"success\") VALUES (99, '99', 'future', 'SQL', "
                            + "'V99__future.sql', 0, 'RW', 0, TRUE)");
                }
                return null;
            });
        }
        DatabaseFile file = TestDatabases.file(dir);
        String before = TestDatabases.digest(file.dataFile());
        try (Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Database.open(file, p))
                    .isInstanceOf(SchemaTooNewException.class).hasMessageContaining("newer ReturnWatch");
        }
        assertThat(TestDatabases.digest(file.dataFile())).isEqualTo(before);
    }

    @Test
    void createRefusesAnExistingDatabase() {
        TestDatabases.create(dir).close();
        assertThatThrownBy(() -> TestDatabases.createFresh(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void emptyDatabaseMigratesToTheCurrentSchema() throws SQLException {
        try (Store store = TestDatabases.create(dir)) {
            int applied = store.read(tx -> {
                try (var st = tx.connection().createStatement();
                     var rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(applied).isGreaterThanOrEqualTo(2);
            assertThat(store.<Map<?, Integer>>read(store::counts).values()).allMatch(n -> n == 0);
        }
    }

    @Test
    void committedWorkSurvivesAProcessKilledWithoutClosing() throws Exception {
        TestDatabases.create(dir).close();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(output).isEqualTo(CrashingWriter.HALT_STATUS);
        try (Store store = TestDatabases.open(dir)) {
            assertThat(store.<java.util.List<Case>>read(tx -> store.cases().all(tx)))
                    .extracting(Case::name).containsExactly(CrashingWriter.NAME);
        }
    }
}

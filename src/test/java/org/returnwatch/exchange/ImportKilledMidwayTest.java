package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.ReturnWatch;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * A large import killed part-way leaves pages of its unfinished transaction in the file. The database
 * must open again in ReturnWatch, with none of the import, and take the import whole afterwards.
 */
class ImportKilledMidwayTest {
    private static final int CASES = 1_000;

    @TempDir
    Path dir;

    @Test
    void aDatabaseKilledInTheMiddleOfALargeImportOpensAgainWithNoneOfIt() throws Exception {
        Path db = Files.createDirectories(dir.resolve("db"));
        TestDatabases.create(db).close();
        long empty = Files.size(TestDatabases.file(db).dataFile());
        Path doc = SyntheticCases.write(dir.resolve("cases.json"), CASES);
        Run killed = java(HaltingImport.class.getName(), db.toString(), doc.toString(), "0.6");
        assertThat(killed.status()).as(killed.output()).isEqualTo(HaltingImport.HALT_STATUS);
        // what makes the case: the unfinished transaction had to put pages in the file before the kill
        assertThat(Files.size(TestDatabases.file(db).dataFile())).as("the file after the kill")
                .isGreaterThan(empty + 1_000_000);

        // a new program, as the user starts it: a JVM that opened the file before can read it where a new one cannot
        Path passphrase = Files.writeString(dir.resolve("passphrase"), TestDatabases.PASSPHRASE);
        Run list = java(ReturnWatch.class.getName(), "--db", TestDatabases.file(db).toString(),
                "--passphrase-file", passphrase.toString(), "list", "cases", "--format", "csv");
        assertThat(list.status()).as(list.output()).isZero();
        assertThat(list.output().lines().filter(l -> l.startsWith("RW-C-"))).isEmpty();

        try (Store store = TestDatabases.open(db)) {
            assertThat(store.<Integer>read(tx -> store.incidents().count(tx, null))).isZero();
            new JsonExchange().importFile(store, doc);
        }
        try (Store store = TestDatabases.open(db)) {
            assertThat(store.<Integer>read(tx -> store.cases().count(tx, null))).isEqualTo(CASES);
            assertThat(store.<Integer>read(tx -> store.incidents().count(tx, null))).isEqualTo(2 * CASES);
        }
    }

    private record Run(int status, String output) {
    }

    private static Run java(String mainClass, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }
}

package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.seed.SeedDataset;

/** The key file says nothing about the records, not even how many changes the database holds. */
class KeyFileTest {
    @TempDir
    Path dir;

    /** Each field of a key file with the length of its value (comments left out). */
    private static Map<String, Integer> shape(Path keyFile) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        for (String line : Files.readAllLines(keyFile)) {
            if (!line.startsWith("#")) {
                int eq = line.indexOf('=');
                out.put(line.substring(0, eq), line.length() - eq - 1);
            }
        }
        return out;
    }

    @Test
    void anEmptyDatabaseAndOneOfSixHundredRecordsHaveKeyFilesOfTheSameShape() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path full = Files.createDirectories(dir.resolve("full"));
        TestDatabases.create(empty).close();
        try (Store store = TestDatabases.create(full)) {
            new SeedDataset(new JsonExchange()).loadInto(store);
        }
        Map<String, Integer> a = shape(TestDatabases.file(empty).keyFile());
        Map<String, Integer> b = shape(TestDatabases.file(full).keyFile());
        assertThat(a).isEqualTo(b).containsKeys("history", "database", "file", "salt", "check", "iterations");
        // no count of records: the only numbers in it are the derivation's and the wait's (a random id or salt
        // may hold the digits "630" by chance, as one did)
        assertThat(Files.readAllLines(TestDatabases.file(full).keyFile())).filteredOn(l -> !l.startsWith("#"))
                .map(l -> l.substring(l.indexOf('=') + 1)).filteredOn(v -> v.matches("\\d+"))
                .allMatch(v -> !v.contains("630"));
    }
}

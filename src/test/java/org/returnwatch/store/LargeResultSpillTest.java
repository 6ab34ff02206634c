package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 writes results too large for memory to a temporary file in the system temp folder; it must
 * be encrypted like the database, so no name reaches the disk in plain text.
 */
class LargeResultSpillTest {
    private static final String MARKER = "Zebulonmarker";

    @TempDir
    Path dir;

    @Test
    void resultsSpilledToDiskAreEncrypted() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = spillFiles(tmp);
        try (Store store = TestDatabases.create(dir)) {
            store.write(tx -> {
                for (int i = 0; i < 300; i++) {
                    store.cases().insert(tx, Records.caseNamed(MARKER + " " + i));
                }
                return null;
            });
            List<String> spilled = store.read(tx -> {
                try (var st = tx.connection().createStatement()) {
                    st.execute("SET MAX_MEMORY_ROWS 10");
                    try (var rs = st.executeQuery("SELECT name FROM case_record ORDER BY CONCAT(summary, name) DESC")) {
                        rs.next();
                        List<Path> now = spillFiles(tmp);
                        now.removeAll(before);
                        List<String> contents = new ArrayList<>();
                        for (Path p : now) {
                            contents.add(read(p));
                        }
                        return contents;
                    }
                }
            });
            assertThat(spilled).as("the query should have spilled to a temporary file").isNotEmpty();
            for (String text : spilled) {
                assertThat(text).startsWith("H2encrypt").doesNotContain(MARKER).doesNotContain(MARKER.toLowerCase());
            }
        }
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> spillFiles(Path tmp) {
        try (var s = Files.list(tmp)) {
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().startsWith("h2tmp")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

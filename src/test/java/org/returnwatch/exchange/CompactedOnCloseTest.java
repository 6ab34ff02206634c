package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * Saves leave most of the database file as dead space (H2 writes every change to new space and keeps
 * half-dead chunks while open); closing the database gives that space back, and nothing of what was
 * written is lost doing so.
 */
class CompactedOnCloseTest {
    private static final int CASES = 120;
    @TempDir
    Path dir;

    @Test
    void aFileMostlyDeadAfterManySavesShrinksWhenClosedAndKeepsEveryRecord() throws Exception {
        Store store = TestDatabases.create(dir);
        Path doc = dir.resolve("doc.json");
        // one case per transaction, as the window's Save writes them
        for (int i = 1; i <= CASES; i++) {
            SyntheticDataset.write(doc, i, 1);
            new JsonExchange().importFile(store, doc);
        }
        Map<RecordKind, Integer> before = store.read(store::counts);
        Path file = TestDatabases.file(dir).dataFile();
        long open = Files.size(file);

        store.close();
        long closed = Files.size(file);

        assertThat(open).as("the imports' dead space (else the test shows nothing)").isGreaterThan(8L << 20);
        assertThat(closed).as("file after closing, against %,d bytes while open", open).isLessThan(open / 2);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as("H2 writes the compacted copy anew; it stays private to its owner").isEqualTo("rw-------");
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("the rewritten file is encrypted too").doesNotContainIgnoringCase("vancouver");
        try (Store reopened = TestDatabases.open(dir)) {
            assertThat(reopened.read(reopened::counts)).isEqualTo(before);
            assertThat(before.get(RecordKind.CASE)).isGreaterThanOrEqualTo(CASES);
            assertThat(reopened.verify().problems()).isEmpty();
        }
    }
}

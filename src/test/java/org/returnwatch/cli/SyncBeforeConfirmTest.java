package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.TestDatabases;

/**
 * A save is on stable storage before it is confirmed: the system calls of a real import show the
 * database file synced after its last write, then the key file written to a temporary file, synced,
 * renamed into place and its folder synced, and only then "Imported …" printed.
 */
class SyncBeforeConfirmTest {
    @TempDir
    Path dir;

    @Test
    void theImportIsSyncedAndTheKeyFileReplacedDurablyBeforeItIsReported() throws Exception {
        Strace.assumeAvailable();
        Path folder = Files.createDirectories(dir.resolve("db"));
        TestDatabases.create(folder).close();
        DatabaseFile db = TestDatabases.file(folder);
        Path pw = Files.writeString(dir.resolve("pw"), TestDatabases.PASSPHRASE + "\n");
        Path doc = Files.writeString(dir.resolve("one.json"), "{\"format\":\"returnwatch\",\"formatVersion\":1,"
                + "\"cases\":[{\"ref\":\"RW-C-0300\",\"name\":\"Traced Person\"}]}");
        Path trace = dir.resolve("trace.txt");

        ChildCli.Result r = Strace.traced(trace, "pwrite64,write,fsync,fdatasync,rename,renameat,renameat2")
                .run("--db", db.dataFile(), "--passphrase-file", pw, "import", doc);
        assertThat(r.code()).as(r.err()).isZero();

        List<String> calls = Strace.lines(trace);
        int confirmed = indexOf(calls, 0, l -> l.contains("write(1") && l.contains("\"Imported "));
        String data = "<" + db.dataFile() + ">";
        int lastDataWrite = lastIndexOf(calls, confirmed, l -> l.contains("pwrite64(") && l.contains(data));
        int dataSync = indexOf(calls, lastDataWrite, l -> l.matches(".*f(data)?sync\\(\\d+" + java.util.regex.Pattern
                .quote(data) + "\\).*"));
        String tmp = db.keyFile() + ".tmp";
        int tmpSync = indexOf(calls, dataSync, l -> l.matches(".*f(data)?sync\\(\\d+<" + java.util.regex.Pattern
                .quote(tmp) + ">\\).*"));
        int rename = indexOf(calls, tmpSync, l -> l.contains("rename") && l.contains(tmp) && l.contains(db.keyFile()
                + "\""));
        int folderSync = indexOf(calls, rename, l -> l.matches(".*f(data)?sync\\(\\d+<" + java.util.regex.Pattern
                .quote(folder.toString()) + ">\\).*"));
        assertThat(List.of(lastDataWrite, dataSync, tmpSync, rename, folderSync, confirmed))
                .as(String.join("\n", calls)).isSorted().doesNotContain(-1);
    }

    private static int indexOf(List<String> lines, int from, java.util.function.Predicate<String> p) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<String> lines, int before, java.util.function.Predicate<String> p) {
        for (int i = before - 1; i >= 0; i--) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

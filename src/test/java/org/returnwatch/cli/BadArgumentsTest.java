package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * Every bad argument gets one line on standard error naming the real cause, exit status 1, no log
 * line before it, and nothing created or changed. Each case runs the real program in a child JVM, so
 * that log lines would show.
 */
class BadArgumentsTest {
    @TempDir
    Path dir;
    Path folder;
    DatabaseFile db;
    Path pw;
    final ChildCli cli = new ChildCli();

    @BeforeEach
    void database() throws IOException {
        folder = Files.createDirectories(dir.resolve("db"));
        try (Store store = TestDatabases.create(folder)) {
            store.write(tx -> store.cases().insert(tx, org.returnwatch.domain.Case.named("Someone")));
        }
        db = TestDatabases.file(folder);
        pw = Files.writeString(dir.resolve("pw"), TestDatabases.PASSPHRASE + "\n");
    }

    private ChildCli.Result rw(Object... args) {
        Object[] all = new Object[args.length + 4];
        all[0] = "--db";
        all[1] = db.dataFile();
        all[2] = "--passphrase-file";
        all[3] = pw;
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.run(all);
    }

    /** Every file under {@code root} with its digest. */
    static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), TestDatabases.digest(p));
            }
        }
        return out;
    }

    private static void oneLine(ChildCli.Result r, String expected) {
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.errLines()).as("exactly one line, no log line before it").containsExactly(expected);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void initWithAFolderAsTheDatabase() throws Exception {
        Path existing = Files.createDirectories(dir.resolve("a folder"));
        Map<String, String> before = snapshot(dir);
        ChildCli.Result r = cli.run("--db", existing, "--passphrase-file", pw, "init");
        oneLine(r, "returnwatch: " + existing + " is a folder; give the database a file name (for example "
                + existing.resolve("cases") + ")");
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void anOverLongPassphraseIsRefusedBeforeAnythingIsCreated() throws Exception {
        Path huge = dir.resolve("huge");
        Files.writeString(huge, "x".repeat(10 * 1024 * 1024));
        Path target = dir.resolve("new.mv.db");
        ChildCli.Result init = cli.run("--db", target, "--passphrase-file", huge, "init");
        oneLine(init, "returnwatch: the passphrase is longer than 1,024 characters; nothing was done");
        assertThat(target).doesNotExist();

        Map<String, String> before = snapshot(folder);
        ChildCli.Result open = cli.run("--db", db.dataFile(), "--passphrase-file", huge, "list", "cases");
        oneLine(open, "returnwatch: the passphrase is longer than 1,024 characters; nothing was done");
        assertThat(snapshot(folder)).isEqualTo(before);
    }

    @Test
    void aKeyFileOfAnotherDatabase() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        TestDatabases.createFresh(other).close();
        Files.copy(TestDatabases.file(other).keyFile(), db.keyFile(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> before = snapshot(folder);
        oneLine(rw("list", "cases"), "returnwatch: the key file " + db.keyFile() + " belongs to another database, "
                + "not to " + db.dataFile() + "; use the key file that was made with this database");
        assertThat(snapshot(folder)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "999", "2147483647", "99999999999", "many"})
    void anImpossibleIterationCountInTheKeyFile(String count) throws Exception {
        String key = Files.readString(db.keyFile());
        Files.writeString(db.keyFile(), key.replaceAll("(?m)^iterations=.*$", "iterations=" + count));
        Map<String, String> before = snapshot(folder);
        ChildCli.Result r = rw("list", "cases");
        String why = count.equals("many") ? "its iteration count is not a number"
                : "its iteration count (" + count + ") is outside 1000–20000000";
        oneLine(r, "returnwatch: the key file " + db.keyFile() + " is damaged or was edited: " + why);
        assertThat(snapshot(folder)).isEqualTo(before);
    }

    @Test
    void failuresAtOpeningAreOneLineEach() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "not the passphrase\n");
        ChildCli.Result r = cli.run("--db", db.dataFile(), "--passphrase-file", wrong, "list", "cases");
        oneLine(r, "returnwatch: wrong passphrase for " + db);

        try (Store open = TestDatabases.open(folder)) {
            oneLine(rw("list", "cases"), "returnwatch: " + db + " is already open in another ReturnWatch window or "
                    + "program");
        }

        Path notDb = Files.writeString(dir.resolve("notes.mv.db"), "just notes");
        Files.writeString(dir.resolve("notes.rwkey"), "format=returnwatch-key-1\n");
        oneLine(cli.run("--db", notDb, "--passphrase-file", pw, "list", "cases"),
                "returnwatch: " + notDb + " is not an encrypted ReturnWatch database");

        Files.delete(db.keyFile());
        oneLine(rw("list", "cases"), "returnwatch: " + db.dataFile() + " has no key file test.rwkey beside it: it is "
                + "not a ReturnWatch database, or its key file was not copied with it");
    }

    /**
     * A folder made read-only for everyone, root included: bound read-only onto itself in a mount
     * namespace of the child (as root), else with its write permission removed.
     */
    private ChildCli readOnly(Path f) throws Exception {
        if (isRoot()) {
            Assumptions.assumeTrue(run("unshare", "-m", "true") == 0,
                    "making a folder read-only for root needs a mount namespace (unshare -m), not available here");
            return new ChildCli().under("unshare", "-m", "sh", "-c",
                    "mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"", f.toString());
        }
        Assumptions.assumeTrue(f.toFile().setWritable(false, false), "cannot make a folder read-only here");
        return new ChildCli();
    }

    @Test
    void initInAReadOnlyFolder() throws Exception {
        Path ro = Files.createDirectories(dir.resolve("read-only"));
        ChildCli child = readOnly(ro);
        ChildCli.Result r = child.run("--db", ro.resolve("cases"), "--passphrase-file", pw, "init");
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("returnwatch: cannot create a database in " + ro + ": ")
                .containsAnyOf("read-only file system", "cannot be written to");
        assertThat(r.code()).isEqualTo(1);
        try (Stream<Path> files = Files.list(ro)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void importInAReadOnlyFolder() throws Exception {
        Path doc = dir.resolve("one.json");
        Files.writeString(doc, "{\"format\":\"returnwatch\",\"formatVersion\":1,\"cases\":[{\"ref\":\"RW-C-0100\","
                + "\"name\":\"Imported Person\"}]}");
        Map<String, String> before = snapshot(folder);
        ChildCli child = readOnly(folder);
        ChildCli.Result r = child.run("--db", db.dataFile(), "--passphrase-file", pw, "import", doc);
        oneLine(r, "returnwatch: " + db + " is read-only (the file or its folder cannot be written); nothing was "
                + "changed");
        assertThat(snapshot(folder)).isEqualTo(before);
        ChildCli.Result list = child.run("--db", db.dataFile(), "--passphrase-file", pw, "list", "cases");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Someone");
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

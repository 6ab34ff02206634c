package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.store.TestDatabases;

/** export, import, backup and restore as a user types them: exit codes, messages, and what lands on disk. */
class ExchangeCommandsTest {
    @TempDir
    static Path dir;
    static Path db;
    static Path pw;
    static final CliRunner cli = new CliRunner();

    @BeforeAll
    static void init() throws Exception {
        SeededDatabase seeded = SeededDatabase.quick(dir, "cases");
        db = seeded.db;
        pw = seeded.passphraseFile;
    }

    private static CliRunner.Result on(Path database, Object... args) {
        Object[] all = new Object[args.length + 4];
        all[0] = "--db";
        all[1] = database;
        all[2] = "--passphrase-file";
        all[3] = pw;
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.run(all);
    }

    private static CliRunner.Result rw(Object... args) {
        return on(db, args);
    }

    @Test
    void helpListsBackupAndRestore() {
        assertThat(cli.run("--help").out()).contains("backup", "restore");
        assertThat(cli.run("export", "--help").out()).contains("--pseudonymise", "--profile", "--query", "--kind");
    }

    @Test
    void csvExportImportsIntoAnEmptyDatabaseAndAgainWithoutDuplicates() throws Exception {
        Path zip = dir.resolve("all.zip");
        CliRunner.Result export = rw("export", "--format", "csv", "--out", zip);
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Exported ").contains("not encrypted");
        Path other = SeededDatabase.quickEmpty(dir, "partner").db;
        CliRunner.Result first = on(other, "import", zip);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Imported 5 sources, 61 actors, 14 cases, 23 incidents");
        Path json1 = dir.resolve("one.json");
        Path json2 = dir.resolve("two.json");
        rw("export", "--format", "json", "--out", json1);
        on(other, "export", "--format", "json", "--out", json2);
        assertThat(Files.readString(json2)).isEqualTo(Files.readString(json1));

        CliRunner.Result again = on(other, "import", zip);
        assertThat(again.code()).isZero();
        assertThat(on(other, "list", "cases").out().lines().count())
                .isEqualTo(rw("list", "cases").out().lines().count());
    }

    @Test
    void aPseudonymisedCopyHasCodesInsteadOfNames() throws Exception {
        Path out = dir.resolve("share.json");
        CliRunner.Result r = rw("export", "--format", "json", "--out", out, "--pseudonymise", "--profile", "strict");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("pseudonymised copy (profile strict)");
        assertThat(Files.readString(out)).contains("PERSON-").doesNotContain("Xie Weidong").doesNotContain("Garratt");
    }

    @Test
    void aSearchExportsOnlyWhatItSelects() throws Exception {
        Path out = dir.resolve("tohti");
        CliRunner.Result r = rw("export", "--format", "csv", "--out", out, "--kind", "cases", "--query", "tohti");
        assertThat(r.code()).as(r.err()).isZero();
        String cases = Files.readString(out.resolve("cases.csv"));
        assertThat(cases).contains("Mehmet Tohti").doesNotContain("Xie Weidong");
    }

    @Test
    void someoneElsesCsvThroughAMappingWithADryRunFirst() throws Exception {
        Path csv = copy("/exchange/foreign/incidents-2019.csv");
        Path mapping = copy("/exchange/foreign/mapping.json");
        Path other = SeededDatabase.quickEmpty(dir, "mapped").db;
        CliRunner.Result dry = on(other, "import", csv, "--mapping", mapping, "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("Would import 1 sources, 0 actors, 4 cases, 7 incidents");
        assertThat(on(other, "list", "cases").out()).doesNotContain("Gao Wenjie");
        CliRunner.Result real = on(other, "import", csv, "--mapping", mapping);
        assertThat(real.code()).as(real.err()).isZero();
        assertThat(on(other, "list", "cases").out()).contains("Gao Wenjie", "高文杰");
    }

    @Test
    void aRejectedImportExitsOneNamingThePlaceAndChangesNothing() throws Exception {
        Path before = dir.resolve("before.json");
        rw("export", "--format", "json", "--out", before);
        Path bad = Path.of(getClass().getResource("/exchange/malformed/wrong-types").toURI());
        CliRunner.Result r = rw("import", bad);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().findFirst().orElseThrow()).startsWith("returnwatch: ").contains("line 2")
                .contains("(and 4 more problems)");
        assertThat(r.err()).contains("points.csv, line 2, column value: \"lots\" is not a number");
        Path after = dir.resolve("after.json");
        rw("export", "--format", "json", "--out", after);
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));

        Path single = copy("/exchange/foreign/incidents-2019.csv");
        CliRunner.Result noMapping = rw("import", single);
        assertThat(noMapping.code()).isEqualTo(1);
        assertThat(noMapping.err().lines()).singleElement().asString().contains("--mapping FILE");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(rw("export", "--format", "xml", "--out", dir.resolve("x")).code()).isEqualTo(2);
        assertThat(rw("export", "--format", "json", "--out", dir.resolve("x.json"), "--profile", "strict").code())
                .isEqualTo(2);
        assertThat(rw("export", "--format", "json", "--out", dir.resolve("x.json"), "--kind", "planets").code())
                .isEqualTo(2);
        assertThat(rw("backup").code()).isEqualTo(2);
        assertThat(rw("restore").code()).isEqualTo(2);
    }

    @Test
    void backupThenRestoreAndADamagedBackupChangesNothing() throws Exception {
        Path target = SeededDatabase.quickEmpty(dir, "restored").db;
        Path backup = dir.resolve("cases.rwbackup");
        CliRunner.Result b = rw("backup", "--out", backup);
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).startsWith("Backed up ");

        CliRunner.Result restore = on(target, "restore", backup);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored ").contains("14 cases");
        assertThat(on(target, "list", "cases").out()).isEqualTo(rw("list", "cases").out());

        byte[] damaged = Files.readAllBytes(backup);
        damaged[damaged.length / 2] ^= 0x40;
        Path bad = Files.write(dir.resolve("damaged.rwbackup"), damaged);
        String digest = TestDatabases.digest(target);
        CliRunner.Result refused = on(target, "restore", bad);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().lines()).singleElement().asString().startsWith("returnwatch: " + bad)
                .contains("is damaged").contains("nothing was changed");
        assertThat(TestDatabases.digest(target)).isEqualTo(digest);

        Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRunner.Result over = rw("backup", "--out", notes);
        assertThat(over.code()).isEqualTo(1);
        assertThat(Files.readString(notes)).isEqualTo("mine");
    }

    private Path copy(String resource) throws Exception {
        Path target = dir.resolve(Path.of(resource).getFileName().toString());
        if (!Files.exists(target)) {
            Files.copy(Path.of(getClass().getResource(resource).toURI()), target);
        }
        return target;
    }
}

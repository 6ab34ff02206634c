package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of PRODUCT.md, run against one real seeded database. */
class CliTest {
    @TempDir
    static Path dir;
    static SeededDatabase seeded;
    static Path db;
    static Path pw;
    static final CliRunner cli = new CliRunner();

    @BeforeAll
    static void init() {
        seeded = SeededDatabase.quick(dir, "cases");
        db = seeded.db;
        pw = seeded.passphraseFile;
    }

    private static CliRunner.Result rw(Object... args) {
        return seeded.run(args);
    }

    @Test
    void helpListsEveryCommandAndVersionPrints() {
        CliRunner.Result help = cli.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("init", "list", "show", "export", "import", "--passphrase-file", "--db");
        assertThat(cli.run("--version").out()).startsWith("ReturnWatch ");
    }

    @Test
    void listCasesAsATableWithSearch() {
        CliRunner.Result all = rw("list", "cases");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out().lines().findFirst().orElseThrow()).startsWith("REF").contains("NAME");
        assertThat(all.out()).contains("RW-C-0001", "Xie Weidong", "John Doe-1");
        CliRunner.Result some = rw("list", "cases", "--query", "xiao");
        assertThat(some.out()).contains("Xiao Jianhua").doesNotContain("Xie Weidong");
    }

    @Test
    void everyKindOfTheContractLists() {
        for (String kind : List.of("cases", "incidents", "agreements", "series", "sources", "actors", "links")) {
            CliRunner.Result r = rw("list", kind);
            assertThat(r.code()).as(kind + ": " + r.err()).isZero();
            assertThat(r.out().lines().count()).as(kind).isGreaterThan(1);
        }
    }

    @Test
    void listAsCsvParsesWithAHeaderRow() throws Exception {
        CliRunner.Result r = rw("list", "series", "--format", "csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).get("ref")).isEqualTo("RW-S-0001");
        assertThat(rows).extracting(row -> row.get("unit")).contains("people");
    }

    @Test
    void listAsJsonGivesTheDocumentsRecordForm() throws Exception {
        CliRunner.Result r = rw("list", "incidents", "--format", "json");
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.get(0).get("case").asText()).matches("RW-C-\\d{4}");
        assertThat(array.get(0).get("tactics").isArray()).isTrue();
    }

    @Test
    void showPrintsTheRecordWithTimelineLinksAndCitations() {
        CliRunner.Result r = rw("show", "RW-C-0005");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("RW-C-0005  John Doe-1").contains("Timeline (").contains("Links (")
                .contains("persuaded by").contains("Citations (").contains("para. ");
        CliRunner.Result series = rw("show", "rw-s-0006");
        assertThat(series.out()).contains("points:").contains("period 2008–2014").contains("value 2472");
    }

    @Test
    void showOfAnUnknownReferenceFailsWithOneLine() {
        CliRunner.Result r = rw("show", "RW-C-9999");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("returnwatch: no record RW-C-9999 in " + db.toAbsolutePath());
    }

    @Test
    void exportWritesOneDocumentWithEveryTopLevelArray() throws Exception {
        Path out = dir.resolve("export.json");
        CliRunner.Result r = rw("export", "--format", "json", "--out", out);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        for (String name : List.of("cases", "incidents", "agreements", "series", "sources", "citations", "actors",
                "links")) {
            assertThat(doc.get(name).isArray()).as(name).isTrue();
            assertThat(doc.get(name).size()).as(name).isPositive();
        }
        assertThat(doc.get("series").get(0).get("points").isArray()).isTrue();
    }

    @Test
    void wrongPassphraseFailsWithOneLineAndLeavesTheFile() throws Exception {
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "not the passphrase");
        String before = org.returnwatch.store.TestDatabases.digest(db);
        CliRunner.Result r = cli.run("--db", db, "--passphrase-file", wrong, "list", "cases");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("returnwatch: wrong passphrase for " + db.toAbsolutePath());
        assertThat(r.out()).isEmpty();
        assertThat(org.returnwatch.store.TestDatabases.digest(db)).isEqualTo(before);
    }

    @Test
    void missingAndForeignFilesFailWithOneLine() throws Exception {
        CliRunner.Result missing = cli.run("--db", dir.resolve("nope.mv.db"), "--passphrase-file", pw, "list", "cases");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().lines()).hasSize(1).first().asString().contains("no database at");
        assertThat(dir.resolve("nope.mv.db")).doesNotExist();

        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "hello");
        CliRunner.Result foreign = cli.run("--db", notes, "--passphrase-file", pw, "list", "cases");
        assertThat(foreign.code()).isEqualTo(1);
        assertThat(foreign.err().lines()).hasSize(1).first().asString().contains("is not a ReturnWatch database");
        assertThat(Files.readString(notes)).isEqualTo("hello");

        CliRunner.Result noPwFile = cli.run("--db", db, "--passphrase-file", dir.resolve("absent.txt"), "list",
                "cases");
        assertThat(noPwFile.code()).isEqualTo(1);
        assertThat(noPwFile.err()).contains("passphrase file not found");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(cli.run("frobnicate").code()).isEqualTo(2);
        assertThat(rw("list", "planets").code()).isEqualTo(2);
        assertThat(rw("list", "cases", "--format", "xml").code()).isEqualTo(2);
        assertThat(rw("show", "not-a-ref").code()).isEqualTo(2);
        assertThat(rw("export", "--format", "json").code()).isEqualTo(2);
        CliRunner.Result inline = cli.run("--db", db, "--passphrase", "secret", "list", "cases");
        assertThat(inline.code()).as("a passphrase is never taken from an argument").isEqualTo(2);
    }

    @Test
    void withoutPassphraseFileOrTerminalItSaysHowToGiveOne() {
        CliRunner.Result r = cli.run("--db", db, "list", "cases");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--passphrase-file");
    }

    @Test
    void promptIsUsedWhenThereIsNoPassphraseFile() {
        CliRunner.Result r = new CliRunner().prompt(p -> "a long enough passphrase".toCharArray())
                .run("--db", db, "list", "sources");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("RW-SRC-0005");
    }

    @Test
    void initMakesADatabaseAtTheFullKeyDerivationCostWithOrWithoutTheSeed(@TempDir Path other) throws Exception {
        SeededDatabase seededByInit = new SeededDatabase(other, "made");
        SeededDatabase emptyByInit = new SeededDatabase(other, "blank", false);
        for (SeededDatabase made : List.of(seededByInit, emptyByInit)) {
            String keyFile = Files.readString(org.returnwatch.store.DatabaseFile.of(made.db).keyFile());
            assertThat(keyFile).containsPattern("(?m)^iterations=" + org.returnwatch.store.KdfParams.DEFAULT_ITERATIONS
                    + "$");
        }
        assertThat(seededByInit.run("list", "sources").out()).contains("RW-SRC-0005");
        assertThat(emptyByInit.run("list", "sources").out()).doesNotContain("RW-SRC-");
    }

    @Test
    void initRefusesAnExistingDatabaseAndAShortPassphrase() throws Exception {
        String before = org.returnwatch.store.TestDatabases.digest(db);
        CliRunner.Result again = rw("init");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(org.returnwatch.store.TestDatabases.digest(db)).isEqualTo(before);

        Path shortPw = dir.resolve("short.txt");
        Files.writeString(shortPw, "abc");
        CliRunner.Result weak = cli.run("--db", dir.resolve("weak"), "--passphrase-file", shortPw, "init");
        assertThat(weak.code()).isEqualTo(1);
        assertThat(dir.resolve("weak.mv.db")).doesNotExist();
    }

    @Test
    void interactiveInitAsksTwiceAndRefusesAMismatch() {
        String[] answers = {"first passphrase here", "second passphrase here"};
        int[] asked = {0};
        CliRunner.Result r = new CliRunner().prompt(p -> answers[asked[0]++].toCharArray())
                .run("--db", dir.resolve("mismatch"), "init", "--no-seed");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("differ");
        assertThat(dir.resolve("mismatch.mv.db")).doesNotExist();
    }

    @Test
    void environmentVariableChoosesTheDatabase() {
        CliRunner.Result r = new CliRunner().env("RETURNWATCH_DB", db.toString())
                .run("--passphrase-file", pw, "list", "agreements");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("RW-A-0001");
    }
}

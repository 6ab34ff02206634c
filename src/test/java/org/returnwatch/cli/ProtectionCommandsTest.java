package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.Store;

/** history, verify, caseworker and passphrase, and the wait after wrong passphrases, as a user runs them. */
class ProtectionCommandsTest {
    @TempDir
    Path dir;
    SeededDatabase seeded;

    @BeforeEach
    void seed() {
        seeded = SeededDatabase.quick(dir, "cases");
    }

    private CliRunner.Result rw(Object... args) {
        return seeded.run(args);
    }

    private Path doc(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void historyShowsWhoChangedWhatAndWhenAsATableAndAsJson() throws Exception {
        assertThat(rw("caseworker").out().strip()).isEqualTo(System.getProperty("user.name"));
        assertThat(rw("caseworker", "Amina K.").code()).isZero();
        Path first = doc("first.json",
                "{\"format\":\"returnwatch\",\"formatVersion\":1,\"cases\":[{\"ref\":\"RW-C-0100\","
                + "\"id\":\"00000000-0000-0000-0000-000000000100\",\"name\":\"Marker "
                + "Person\",\"residenceCity\":\"Lyon\"}]}");
        Path second = doc("second.json", Files.readString(first).replace("Lyon", "Lille"));
        assertThat(rw("import", first).code()).isZero();
        assertThat(rw("import", second).code()).isZero();

        CliRunner.Result table = rw("history", "RW-C-0100");
        assertThat(table.code()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("RW-C-0100: 2 entries");
        assertThat(lines.get(1))
                .matches("#\\d+  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC  Amina K\\.  added by an "
                + "import  \\(import of first\\.json\\)");
        assertThat(table.out()).contains("    residenceCity: Lyon → Lille").contains("(import of second.json)");

        JsonNode json = new ObjectMapper().readTree(rw("history", "RW-C-0100", "--format", "json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("action").asText()).isEqualTo("UPDATE");
        assertThat(json.get(1).get("before").get("residenceCity").asText()).isEqualTo("Lyon");
        assertThat(json.get(1).get("after").get("residenceCity").asText()).isEqualTo("Lille");
        assertThat(json.get(1).get("caseworker").asText()).isEqualTo("Amina K.");

        CliRunner.Result none = rw("history", "RW-C-9999");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("returnwatch: no record RW-C-9999 and no history of one\n");
    }

    @Test
    void verifySaysWholeOrNamesTheFirstBrokenPlace() throws Exception {
        CliRunner.Result whole = rw("verify");
        assertThat(whole.code()).as(whole.err()).isZero();
        // one entry per record the seed import added
        int n = seeded.records;
        assertThat(whole.out()).contains("history of " + n + " entries intact, " + n + " records match their seals "
                + "and history").containsPattern("Last history entry: #" + n + " [0-9a-f]{64}");

        DatabaseFile file = DatabaseFile.of(seeded.db);
        Path older = dir.resolve("older.mv.db.copy");
        Files.copy(file.dataFile(), older);
        assertThat(rw("caseworker", "Someone").code()).isZero();
        assertThat(rw("import", doc("one.json", "{\"format\":\"returnwatch\",\"formatVersion\":1,\"cases\":[{\"ref\":"
                + "\"RW-C-0200\",\"name\":\"Added Later\"}]}")).code()).isZero();
        Files.copy(older, file.dataFile(), StandardCopyOption.REPLACE_EXISTING);

        CliRunner.Result list = rw("list", "cases");
        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err()).startsWith("returnwatch: the database is older than its key file: its history ends at "
                + "entry #" + n + " but the key file was written after entry #" + (n + 1));
        CliRunner.Result broken = rw("verify");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err().lines()).singleElement().asString()
                .startsWith("returnwatch: " + file + ": the database is older than its key file");

        CliRunner.Result accepted = rw("verify", "--accept");
        assertThat(accepted.code()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("Accepted").contains("Verified");
        assertThat(rw("list", "cases").code()).isZero();
    }

    @Test
    void passphraseChangesFromFilesAndFromTheTerminal() throws Exception {
        Path next = Files.writeString(dir.resolve("next"), "the second passphrase of this test\n");
        CliRunner.Result changed = rw("passphrase", "--new-passphrase-file", next);
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(changed.out()).startsWith("Changed the passphrase of " + seeded.db);
        CliRunner.Result old = rw("list", "cases");
        assertThat(old.code()).isEqualTo(1);
        assertThat(old.err()).startsWith("returnwatch: wrong passphrase");

        Deque<String> typed = new ArrayDeque<>(List.of("the second passphrase of this test", "a third one, typed twice",
                "a third one, typed twice"));
        CliRunner interactive = new CliRunner().prompt(p -> typed.isEmpty() ? null : typed.pop().toCharArray());
        CliRunner.Result asked = interactive.run("--db", seeded.db, "passphrase");
        assertThat(asked.code()).as(asked.err()).isZero();
        try (Passphrase p = Passphrase.adopt("a third one, typed twice".toCharArray());
             Store store = new Store(Database.open(DatabaseFile.of(seeded.db), p))) {
            assertThat(store.verify().problems()).isEmpty();
        }

        String key = Files.readString(DatabaseFile.of(seeded.db).keyFile());
        Deque<String> mismatch = new ArrayDeque<>(List.of("a third one, typed twice", "new one number four",
                "new one number five"));
        CliRunner.Result differ = new CliRunner().prompt(p -> mismatch.pop().toCharArray())
                .run("--db", seeded.db, "passphrase");
        assertThat(differ.code()).isEqualTo(1);
        assertThat(differ.err()).isEqualTo("returnwatch: the two passphrases differ; the passphrase was not changed\n");
        Path shortOne = Files.writeString(dir.resolve("short"), "short\n");
        Path current = Files.writeString(dir.resolve("current"), "a third one, typed twice\n");
        CliRunner.Result tooShort = new CliRunner().run("--db", seeded.db, "--passphrase-file", current, "passphrase",
                "--new-passphrase-file", shortOne);
        assertThat(tooShort.code()).isEqualTo(1);
        assertThat(tooShort.err()).startsWith("returnwatch: the new passphrase is too short");
        assertThat(Files.readString(DatabaseFile.of(seeded.db).keyFile())).isEqualTo(key);
    }

    @Test
    void afterFiveWrongPassphrasesTheNextTryWaitsAndSaysSo() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "not the passphrase at all\n");
        CliRunner cli = new CliRunner();
        for (int i = 0; i < 5; i++) {
            CliRunner.Result r = cli.run("--db", seeded.db, "--passphrase-file", wrong, "list", "cases");
            assertThat(r.err()).as("try " + (i + 1)).startsWith("returnwatch: wrong passphrase")
                    .doesNotContain("waiting");
        }
        long start = System.nanoTime();
        CliRunner.Result right = rw("list", "cases");
        assertThat(right.code()).as(right.err()).isZero();
        assertThat(right.err())
                .startsWith("returnwatch: 5 wrong passphrases in a row: waiting 1 s before trying this one");
        assertThat(System.nanoTime() - start).as("it waited").isGreaterThan(500_000_000L);
        CliRunner.Result after = rw("list", "cases");
        assertThat(after.err()).as("a right passphrase resets the count").isEmpty();
    }
}

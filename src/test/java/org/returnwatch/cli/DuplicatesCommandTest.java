package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Duplicates;

/** `duplicates` and `import --dry-run` list likely duplicates across scripts and spellings. */
class DuplicatesCommandTest {
    @TempDir
    Path dir;
    SeededDatabase db;

    private Path document(String name, String cases) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "{\"format\": \"returnwatch\", \"formatVersion\": 1, \"cases\": [" + cases + "]}");
        return f;
    }

    private static String person(int ref, String name, String nativeName, String city) {
        return "{\"ref\": \"RW-C-" + ref + "\", \"name\": \"" + name + "\""
                + (nativeName == null ? "" : ", \"nativeName\": \"" + nativeName + "\"")
                + ", \"residenceCountry\": \"Canada\", \"residenceCity\": \"" + city + "\"}";
    }

    @BeforeEach
    void database() throws Exception {
        db = SeededDatabase.quickEmpty(dir, "names");
        Path people = document("people.json", String.join(",",
                person(1, "Wang Xiaoming", "王小明", "Toronto"),
                person(2, "Wong Siu-ming", null, "Toronto"),
                person(3, "Wang Xiaomin", null, "Toronto"),
                person(4, "Li Hua", "李华", "Vancouver")));
        CliRunner.Result r = db.run("import", people);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void listsLikelyDuplicatesWithTheirScoreAndReasons() {
        CliRunner.Result table = db.run("duplicates");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("RW-C-0001", "RW-C-0002", "Cantonese spelling matches; both in Toronto")
                .doesNotContain("RW-C-0003").doesNotContain("RW-C-0004");

        CliRunner.Result json = db.run("duplicates", "--kind", "cases", "--format", "json");
        assertThat(json.out()).contains("\"score\" : 75", "\"ref\" : \"RW-C-0001\"", "\"ref\" : \"RW-C-0002\"",
                "\"Cantonese spelling matches\"");

        assertThat(db.run("duplicates", "--min-score", "90").out()).doesNotContain("RW-C-0001");
        assertThat(db.run("duplicates", "--kind", "actors").out())
                .isEqualTo("No likely duplicates among the actors (score " + Duplicates.DEFAULT_MIN_SCORE
                        + " or more).\n");
        CliRunner.Result bad = db.run("duplicates", "--min-score", "120");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--min-score must be between 0 and 100");
    }

    @Test
    void aDryRunImportListsTheDuplicatesItWouldCreate() throws Exception {
        Path incoming = document("incoming.json", String.join(",",
                person(10, "Xiaoming Wang", null, "Toronto"),
                person(11, "李華", null, "Vancouver"),
                person(12, "Zhou Ping", null, "Montreal")));
        CliRunner.Result dry = db.run("import", incoming, "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Would import 0 sources, 0 actors, 3 cases")
                .contains("It would add 2 likely duplicates")
                .contains("Xiaoming Wang", "RW-C-0001", "same name; both in Toronto")
                .contains("李華", "RW-C-0004", "same name in characters")
                .doesNotContain("Zhou Ping");
        assertThat(db.run("list", "cases").out()).doesNotContain("Xiaoming Wang");
    }
}

package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/** A merged record's reference still leads to the kept record: in `show` and in an import. */
class MergedReferenceTest {
    @TempDir
    Path dir;

    @Test
    void showAndImportFollowAMergedReferenceToTheKeptRecord() throws Exception {
        SeededDatabase db = SeededDatabase.quickEmpty(dir, "merged");
        Path people = dir.resolve("people.json");
        Files.writeString(people, """
                {"format": "returnwatch", "formatVersion": 1,
                 "cases": [{"ref": "RW-C-0001", "name": "Wang Xiaoming", "nativeName": "王小明"},
                           {"ref": "RW-C-0002", "name": "Wong Siu-ming", "residenceCity": "Toronto"}],
                 "incidents": [{"ref": "RW-I-0001", "case": "RW-C-0002", "date": "2016", "tactic": "FAMILY_PRESSURE"}]}
                """);
        assertThat(db.run("import", people).code()).isZero();
        Path before = dir.resolve("before.json");
        assertThat(db.run("export", "--format", "json", "--out", before).code()).isZero();

        try (Workspace w = Databases.standard().open(db.db, SeededDatabase.PASSPHRASE.toCharArray())) {
            Case kept = (Case) w.lookup().byRef(Reference.parse("RW-C-0001")).orElseThrow();
            Case removed = (Case) w.lookup().byRef(Reference.parse("RW-C-0002")).orElseThrow();
            w.merging().merge(RecordKind.CASE, kept.id(), kept.version(), removed.id(), removed.version(), Map.of());
        }

        CliRunner.Result show = db.run("show", "RW-C-0002");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).startsWith("RW-C-0002 was merged into RW-C-0001 on ")
                .contains("RW-C-0001  Wang Xiaoming (王小明)", "RW-I-0001", "residenceCity: Toronto");
        assertThat(db.run("show", "RW-C-0001").out()).contains("merged into it: RW-C-0002");
        assertThat(db.run("list", "cases", "--query", "RW-C-0002").out()).contains("RW-C-0001");

        Path later = dir.resolve("later.json");
        Files.writeString(later, """
                {"format": "returnwatch", "formatVersion": 1,
                 "incidents": [{"ref": "RW-I-0009", "case": "RW-C-0002", "date": "2018", "tactic": "AGENTS_ABROAD"}]}
                """);
        CliRunner.Result imported = db.run("import", later);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(db.run("show", "RW-C-0001").out()).contains("RW-I-0009", "RW-I-0001");

        CliRunner.Result again = db.run("import", before);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("Imported 0 sources, 0 actors, 1 cases, 1 incidents");
        String list = db.run("list", "cases", "--format", "csv").out();
        assertThat(list.lines().count()).as("the merged case does not come back beside the kept one").isEqualTo(2);
        assertThat(db.run("show", "RW-C-0001").out()).contains("RW-I-0001");
        CliRunner.Result added = db.run("import", newCase(dir));
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(db.run("list", "cases").out()).contains("RW-C-0003").doesNotContain("RW-C-0002  ");
    }

    private static Path newCase(Path dir) throws Exception {
        Path f = dir.resolve("new.json");
        Files.writeString(f, """
                {"format": "returnwatch", "formatVersion": 1,
                 "cases": [{"ref": "RW-C-0002", "name": "Someone else", "id": "6f1c1d54-1c1e-4c4b-9d8e-1f2a3b4c5d6e"}]}
                """);
        return f;
    }
}

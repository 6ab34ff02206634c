package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export of the cases a search finds carries every link of those cases and the records the links
 * reach, so that importing it into an empty database rebuilds the same case file; "only these
 * records" leaves the linked records, and the links to them, out.
 */
class PartialExportTest {
    @TempDir
    static Path dir;
    static SeededDatabase seeded;

    @BeforeAll
    static void init() {
        seeded = SeededDatabase.quick(dir, "cases");
    }

    @Test
    void aSearchedCaseImportedElsewhereTellsTheSameStory() throws Exception {
        Path out = dir.resolve("xie.json");
        CliRunner.Result export = seeded.run("export", "--format", "json", "--out", out, "--kind", "cases",
                "--query", "xie");
        assertThat(export.code()).as(export.err()).isZero();
        String xie = caseRef(seeded, "xie");

        SeededDatabase partner = empty("partner");
        CliRunner.Result imported = partner.run("import", out);
        assertThat(imported.code()).as(imported.err()).isZero();

        String original = story(seeded, xie);
        assertThat(original).contains("Links (6)");
        assertThat(story(partner, xie)).isEqualTo(original);
    }

    @Test
    void aPartialCsvExportCarriesTheLinksOfItsCasesAndTheAgreementsTheyReach() throws Exception {
        Path out = dir.resolve("meng");
        CliRunner.Result export = seeded.run("export", "--format", "csv", "--out", out, "--kind", "cases",
                "--query", "meng");
        assertThat(export.code()).as(export.err()).isZero();
        String meng = caseRef(seeded, "meng");
        List<String> linksOfMeng = seeded.run("show", meng).out().lines().dropWhile(l -> !l.startsWith("Links ("))
                .skip(1).takeWhile(l -> l.startsWith("  ")).toList();
        assertThat(linksOfMeng).anySatisfy(l -> assertThat(l).contains("RW-A-"));
        String links = Files.readString(out.resolve("links.csv"));
        assertThat(links.lines().filter(l -> l.contains(meng))).hasSize(linksOfMeng.size());
        String agreements = Files.readString(out.resolve("agreements.csv"));
        linksOfMeng.stream().map(l -> l.strip().split("\\s+")).flatMap(java.util.Arrays::stream)
                .filter(w -> w.startsWith("RW-A-")).forEach(a -> assertThat(agreements).contains(a));
    }

    @Test
    void onlyTheseRecordsLeavesTheLinkedRecordsAndTheirLinksOut() throws Exception {
        Path out = dir.resolve("xie-only");
        CliRunner.Result export = seeded.run("export", "--format", "csv", "--out", out, "--kind", "cases",
                "--query", "xie", "--only-selected");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(out.resolve("cases.csv")).lines().count()).isEqualTo(2);
        // the sister, son and former wife are linked to the case but are no incident's perpetrator
        String actors = Files.readString(out.resolve("actors.csv"));
        assertThat(actors).doesNotContain("Sister of Xie Weidong").doesNotContain("Son of Xie Weidong");

        SeededDatabase partner = empty("partner-only");
        CliRunner.Result imported = partner.run("import", out);
        assertThat(imported.code()).as(imported.err()).isZero();
        String xie = caseRef(seeded, "xie");
        assertThat(story(seeded, xie)).contains("Links (6)");
        long kept = Files.readString(out.resolve("links.csv")).lines().count() - 1;
        assertThat(kept).isLessThan(6);
        assertThat(story(partner, xie)).contains("Links (" + kept + ")");
    }

    @Test
    void onlySelectedWithoutASelectionIsAUsageError() {
        CliRunner.Result r = seeded.run("export", "--format", "json", "--out", dir.resolve("x.json"),
                "--only-selected");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--only-selected needs --kind or --query");
    }

    private static SeededDatabase empty(String name) {
        return SeededDatabase.quickEmpty(dir, name);
    }

    private static String caseRef(SeededDatabase db, String query) {
        CliRunner.Result r = db.run("list", "cases", "--query", query, "--format", "csv");
        List<String> rows = r.out().lines().skip(1).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0).substring(0, rows.get(0).indexOf(','));
    }

    /** What `show` prints of the case and of each incident in its timeline: fields, links, citations. */
    private static String story(SeededDatabase db, String ref) {
        CliRunner.Result r = db.run("show", ref);
        assertThat(r.code()).as(r.err()).isZero();
        List<String> parts = new ArrayList<>(List.of(r.out()));
        r.out().lines().filter(l -> l.strip().startsWith("RW-I-")).map(l -> l.strip().split("\\s+")[0])
                .forEach(incident -> parts.add(db.run("show", incident).out()));
        assertThat(parts).hasSizeGreaterThan(1);
        return String.join("\n", parts);
    }
}

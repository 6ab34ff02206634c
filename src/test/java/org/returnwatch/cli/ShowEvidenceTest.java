package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `show` says what the sources claim beyond a record's fields: a figure's conflicts and parts on its
 * statistic and on the figure, a citation's grade, and who denies or disputes a record.
 */
class ShowEvidenceTest {
    @TempDir
    static Path dir;
    static SeededDatabase db;

    @BeforeAll
    static void importEvidence() throws Exception {
        db = SeededDatabase.quickEmpty(dir, "evidence");
        Path doc = dir.resolve("evidence.json");
        Files.writeString(doc, """
                {"format": "returnwatch", "formatVersion": 2,
                 "sources": [{"ref": "RW-SRC-0001", "title": "Removals study", "publisher": "Example Defenders"}],
                 "agreements": [{"ref": "RW-A-0001", "title": "Removal cooperation", "statusHistory": [
                     {"status": "SIGNED_NOT_IMPLEMENTED", "date": "2015 (inferred)", "claimedBy": "a ministry",
                      "source": "RW-SRC-0001", "locator": "para. 13"}]}],
                 "series": [{"ref": "RW-S-0001", "name": "Removals", "measure": "FLOW", "unit": "people",
                     "points": [
                       {"ref": "RW-P-0001", "period": "2008–2014", "value": 2472},
                       {"ref": "RW-P-0002", "period": "2008–2020", "value": 6597},
                       {"ref": "RW-P-0003", "period": "each year 2008–2020", "value": 300, "high": 800,
                        "qualifier": "RANGE"},
                       {"ref": "RW-P-0004", "period": "2018–2020", "pointKind": "TREND", "trend": "FALLING",
                        "statement": "fell over two years"}]}],
                 "citations": [{"ref": "RW-CIT-0001", "record": "RW-A-0001", "source": "RW-SRC-0001",
                     "locator": "para. 34", "grade": "B2", "stance": "DENIES", "claimant": "the border agency"}],
                 "links": [{"ref": "RW-L-0001", "from": "RW-P-0001", "to": "RW-P-0002",
                     "relation": "CONFLICTS_WITH", "note": "5,366 against 6,597"}]}
                """);
        CliRunner.Result r = db.run("import", doc);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void aStatisticListsItsFiguresConflictsAndItsFiguresInWords() {
        CliRunner.Result r = db.run("show", "RW-S-0001");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Links of its figures (1):")
                .contains("RW-P-0001  conflicts with  RW-P-0002  2008–2020: 6,597  (5,366 against 6,597)")
                .contains("period each year 2008–2020")
                .contains("pointKind TREND, trend FALLING, statement fell over two years");
        CliRunner.Result point = db.run("show", "RW-P-0002");
        assertThat(point.out()).contains("conflicts with  RW-P-0001  2008–2014: 2,472");
    }

    @Test
    void aCitationSaysItsGradeAndWhoDenies() {
        CliRunner.Result r = db.run("show", "RW-A-0001");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("DENIES (the border agency): RW-SRC-0001  Removals study")
                .contains("graded B2 (")
                .contains("status SIGNED_NOT_IMPLEMENTED, date 2015 (inferred), claimedBy a ministry, "
                        + "source RW-SRC-0001, locator para. 13");
    }
}

package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.ImmigrationStatus;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.RiskLevel;
import org.returnwatch.domain.TargetCategory;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * A spreadsheet opening the CSV export runs no formula and shows every text exactly: no cell starts
 * with = + - @; quotes, commas, line breaks and Chinese script survive; and importing the export
 * back gives the very same values, a leading apostrophe of the user's own included.
 */
class CsvSpreadsheetSafetyTest {
    @TempDir
    Path dir;
    final JsonExchange json = new JsonExchange();

    static final Case TRICKY = new Case(UUID.fromString("7b1d8f3e-0000-4000-8000-000000000001"), null, 0,
            "=HYPERLINK(\"http://evil.invalid\",\"click\")", "谢卫东", List.of("=cmd|' /C calc'!A0", "-2+3",
            "a; b \\ c", "@SUM(A1)"), false, CaseKind.INDIVIDUAL, "+1 555 0100", "China", "Canada", "Vancouver",
                    List.of(),
            ImmigrationStatus.UNKNOWN, TargetCategory.OTHER, "-embezzlement", "@100 million",
            Campaign.FOX_HUNT, List.of(OutcomeChange.of(Outcome.UNKNOWN)), RiskLevel.HIGH,
            "'Quoted' by the user, \"double quotes\", commas, and\r\na line break\n— 中文也可以");

    @Test
    void noCellCanRunAsAFormulaAndTheRoundTripIsExact() throws Exception {
        Path out = dir.resolve("export");
        try (Store store = TestDatabases.create(Files.createDirectories(dir.resolve("a")))) {
            store.write(tx -> store.cases().insert(tx, TRICKY));
            new CsvExport(json.mapper()).write(new DatasetReader(store).read(Selection.ALL, ProgressListener.NONE),
                    out, ProgressListener.NONE);
            String original = json.exportDocument(store).toString();

            byte[] bytes = Files.readAllBytes(out.resolve("cases.csv"));
            assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 byte-order mark for Excel")
                    .isEqualTo("\u00ef\u00bb\u00bf");
            List<String> cells = cells(out.resolve("cases.csv"));
            assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell).doesNotStartWith("=")
                    .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t")
                    .doesNotStartWith("\r"));
            assertThat(cells).contains("'=HYPERLINK(\"http://evil.invalid\",\"click\")", "'+1 555 0100",
                    "'-embezzlement", "'@100 million", "谢卫东");

            try (Store empty = TestDatabases.create(Files.createDirectories(dir.resolve("b")))) {
                new CsvImport(json.mapper()).importPath(empty, out, ProgressListener.NONE);
                assertThat(json.exportDocument(empty).toString()).isEqualTo(original);
                Case back = empty.read(tx -> empty.cases().all(tx)).get(0);
                assertThat(back.summary()).isEqualTo(TRICKY.summary());
                assertThat(back.aliases()).isEqualTo(TRICKY.aliases());
            }
        }
    }

    @Test
    void escapingIsReversibleForEveryLeadingCharacter() {
        for (String v : List.of("=1", "+1", "-1", "@1", "\t1", "\r1", "'1", "''1", "plain", "", "'")) {
            String cell = SpreadsheetSafe.escape(v);
            assertThat(SpreadsheetSafe.restore(cell)).as(v).isEqualTo(v);
            if (!cell.isEmpty()) {
                assertThat("=+-@\t\r").as(v).doesNotContain(cell.substring(0, 1));
            }
        }
    }

    private static List<String> cells(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.skip(1);
            for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) {
                rec.forEach(out::add);
            }
        }
        return out;
    }
}

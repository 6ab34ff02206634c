package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.Store;
import org.returnwatch.work.ProgressListener;

/**
 * The corpus of malformed inputs (src/test/resources/exchange/malformed): each is refused whole with
 * a message naming the file, line, column and reason, and the database is unchanged afterwards.
 */
class CsvMalformedTest {
    @TempDir
    static Path dir;
    static Store store;
    static String before;
    static final JsonExchange json = new JsonExchange();
    static final Imports imports = new Imports(json);

    @BeforeAll
    static void seeded() {
        store = SeededTemplate.create(dir);
        before = json.exportDocument(store).toString();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("latin1", new String[] {"cases.csv, line 3: is not UTF-8 text: byte 0xE9 cannot be read"}),
                Arguments.of("utf16", new String[] {"cases.csv, line 1: is UTF-16 text; save it as UTF-8"}),
                Arguments.of("utf16-without-bom", new String[] {"cases.csv, line 1: holds a NUL character"}),
                Arguments.of("ragged-row", new String[] {"cases.csv, line 3: has 4 fields but the header has 3"}),
                Arguments.of("unterminated-quote", new String[] {"cases.csv, line 3: a quoted field that starts "
                        + "here is never closed"}),
                Arguments.of("text-after-quote", new String[] {"cases.csv, line 2: has text after a closing quote"}),
                Arguments.of("wrong-types", new String[] {
                    "cases.csv, line 2, column pseudonymous: must be true or false",
                    "cases.csv, line 2, column campaign: \"MOON_LANDING\" is not one of",
                    "points.csv, line 2, column value: \"lots\" is not a number",
                    "points.csv, line 3, column period: \"someday\" is not a period",
                    "incidents.csv, line 2, column date: \"the thirty-second of May\" is not a date"}),
                Arguments.of("unknown-references", new String[] {
                    "incidents.csv, line 2, column case: RW-C-0999 names no record in this file or in the database",
                    "incidents.csv, line 2, column perpetrator: RW-ACT-0999 names no record",
                    "citations.csv, line 2, column source: RW-SRC-0999 names no record"}),
                Arguments.of("duplicate-identifiers", new String[] {
                    "actors.csv, line 3, column ref: RW-ACT-0500 appears more than once",
                    "actors.csv, line 5, column id: 5f0c1d3e-0000-4000-8000-000000000009 appears more than once"}),
                Arguments.of("unknown-column", new String[] {"cases.csv, line 1, column colour: is not a column of "
                        + "cases.csv"}),
                Arguments.of("missing-column", new String[] {"cases.csv, line 1: the column ref is missing"}),
                Arguments.of("orphan-point", new String[] {"points.csv, line 2, column series: RW-S-0999 is not in "
                        + "series.csv"}),
                Arguments.of("empty-file", new String[] {"cases.csv: is empty: it has no header row"}),
                Arguments.of("stranger-file", new String[] {"notes.csv: is not a file of the ReturnWatch CSV format"}),
                Arguments.of("too-long", new String[] {"cases.csv, line 2, column name: is 600 characters long; it "
                        + "may hold at most 500"}),
                Arguments.of("not-a-zip/export.zip", new String[] {"export.zip: is not a valid zip file"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedNamingThePlaceAndChangesNothing(String name, String[] expected) throws Exception {
        Path input = resource("/exchange/malformed/" + name);
        assertRefused(input, expected);
    }

    @Test
    void aFieldLongerThanOneMegabyteIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("huge-field"));
        Files.writeString(folder.resolve("cases.csv"), "ref,name,summary\r\nRW-C-0100,Ana Example,\""
                + "x".repeat(1_500_000) + "\"\r\n", StandardCharsets.UTF_8);
        assertRefused(folder, "cases.csv, line 2, column summary: is longer than 1 MB");
    }

    @Test
    void aRecordLongerThanTwoMegabytesIsRefusedWithoutReadingItAll() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("huge-record"));
        Files.writeString(folder.resolve("cases.csv"), "ref,name,summary\r\nRW-C-0100,Ana,ok\r\nRW-C-0101,Bo,\""
                + "never closed ".repeat(400_000), StandardCharsets.UTF_8);
        assertRefused(folder, "cases.csv, line 3: holds a record longer than 2 MB");
    }

    @Test
    void everyProblemOfAFileIsReportedNotOnlyTheFirst() throws Exception {
        Path input = resource("/exchange/malformed/wrong-types");
        assertThatThrownBy(() -> imports.run(store, input, null, true, ProgressListener.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.total()).isEqualTo(5));
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedAndDryRunWritesNothing() throws Exception {
        ImportBatch batch = imports.run(store, resource("/exchange/valid-with-bom"), null, false,
                ProgressListener.NONE);
        assertThat(batch.cases()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Ana Example");
            assertThat(c.nativeName()).isEqualTo("安娜");
        });
        assertThat(json.exportDocument(store).toString()).isEqualTo(before);
    }

    private static void assertRefused(Path input, String... expected) {
        assertThatThrownBy(() -> imports.run(store, input, null, true, ProgressListener.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    for (String x : expected) {
                        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                                .contains(x));
                    }
                });
        assertThat(json.exportDocument(store).toString()).isEqualTo(before);
    }

    private Path resource(String name) throws Exception {
        return Path.of(getClass().getResource(name).toURI());
    }
}

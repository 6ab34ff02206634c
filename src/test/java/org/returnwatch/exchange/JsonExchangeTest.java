package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.CaseSearch;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** Export → import → export gives the same document; bad documents are refused whole, naming the place. */
class JsonExchangeTest {
    @TempDir
    Path dir;
    Store seeded;
    final JsonExchange exchange = new JsonExchange();

    @BeforeEach
    void seed() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        seeded = SeededTemplate.create(dir.resolve("a"));
    }

    @AfterEach
    void close() {
        seeded.close();
    }

    @Test
    void wholeSeedDatasetRoundTripsThroughAnEmptyDatabase() throws Exception {
        Path first = dir.resolve("first.json");
        exchange.exportTo(seeded, first);
        Files.createDirectories(dir.resolve("b"));
        try (Store empty = TestDatabases.create(dir.resolve("b"))) {
            exchange.importFile(empty, first);
            Path second = dir.resolve("second.json");
            exchange.exportTo(empty, second);
            JsonNode a = exchange.mapper().readTree(first.toFile());
            JsonNode b = exchange.mapper().readTree(second.toFile());
            assertThat(b).isEqualTo(a);
            assertThat(a.get("cases").size()).isGreaterThanOrEqualTo(14);
        }
    }

    @Test
    void importingTheSameDocumentTwiceUpdatesInsteadOfDuplicating() throws Exception {
        Path doc = dir.resolve("doc.json");
        exchange.exportTo(seeded, doc);
        Map<RecordKind, Integer> before = seeded.read(seeded::counts);
        ImportBatch again = exchange.importFile(seeded, doc);
        assertThat(again.size()).isPositive();
        assertThat(seeded.<Map<RecordKind, Integer>>read(seeded::counts)).isEqualTo(before);
    }

    /**
     * A partner's file imported again as it was changes nothing stored: no version, no history entry, no case's
     * last change. Only the record edited in it is written again.
     */
    @Test
    void aDocumentImportedAgainWritesOnlyWhatChangedInIt() throws Exception {
        ObjectNode doc = exchange.exportDocument(seeded);
        Path file = dir.resolve("again.json");
        exchange.mapper().writeValue(file.toFile(), doc);
        List<Case> before = seeded.read(tx -> seeded.cases().all(tx));
        Case edited = before.get(0);
        Case other = before.get(1);
        int entries = history(edited) + history(other);
        Instant changed = lastChanged(other);

        exchange.importFile(seeded, file);
        List<Case> after = seeded.read(tx -> seeded.cases().all(tx));
        assertThat(after).isEqualTo(before);
        assertThat(history(edited) + history(other)).isEqualTo(entries);
        assertThat(lastChanged(other)).isEqualTo(changed);

        ((ObjectNode) doc.get("cases").get(0)).put("summary", "Revised summary");
        exchange.mapper().writeValue(file.toFile(), doc);
        exchange.importFile(seeded, file);
        Case revised = seeded.read(tx -> seeded.cases().get(tx, edited.ref()));
        assertThat(revised.version()).isEqualTo(edited.version() + 1);
        assertThat(history(edited)).isEqualTo(entries - history(other) + 1);
        assertThat(lastChanged(edited)).isAfter(changed);
        Case otherAfter = seeded.read(tx -> seeded.cases().get(tx, other.ref()));
        assertThat(otherAfter).isEqualTo(other);
        assertThat(lastChanged(other)).isEqualTo(changed);
    }

    private int history(Case c) {
        return seeded.read(tx -> seeded.history().ofRecord(tx, c.id())).size();
    }

    private Instant lastChanged(Case c) {
        return seeded.read(tx -> new CaseSearch(seeded.cases()).lastChanged(tx, List.of(c.id()))).get(c.id());
    }

    @Test
    void editedValueInTheDocumentUpdatesTheStoredRecord() throws Exception {
        ObjectNode doc = exchange.exportDocument(seeded);
        ((ObjectNode) doc.get("cases").get(0)).put("summary", "Revised summary");
        Path file = dir.resolve("edited.json");
        exchange.mapper().writeValue(file.toFile(), doc);
        exchange.importFile(seeded, file);
        assertThat(seeded.read(tx -> seeded.cases().all(tx)).get(0).summary()).isEqualTo("Revised summary");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndNothingChanges() throws Exception {
        String before = exported();
        Path bad = write("bad.json",
                "{\n  \"format\": \"returnwatch\",\n  \"formatVersion\": 1,\n  \"cases\": [\n    {\"ref\": "
                        + "\"RW-C-0100\",, }\n  ]\n}\n");
        assertThatThrownBy(() -> exchange.importFile(seeded, bad))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("bad.json, line 5").hasMessageContaining("not valid JSON");
        assertThat(exported()).isEqualTo(before);
    }

    @Test
    void everyBadFieldIsReportedWithLineAndFieldAndNothingIsWritten() throws Exception {
        String before = exported();
        Path bad = write("fields.json", """
                {
                  "format": "returnwatch", "formatVersion": 1,
                  "cases": [
                    {"ref": "RW-C-0100", "name": "New Case", "campaign": "FOX_HUNT"},
                    {"ref": "RW-C-0101", "campaign": "MOON_LANDING"}
                  ],
                  "incidents": [
                    {"ref": "RW-I-0100", "case": "RW-C-0100", "date": "May the 32nd", "tactic": "FAMILY_PRESSURE"},
                    {"ref": "RW-I-0101", "case": "RW-C-0999", "tactic": "NOT_A_TACTIC"}
                  ]
                }
                """);
        assertThatThrownBy(() -> exchange.importFile(seeded, bad))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .contains(bad + ", line 5, cases[1].name: is required")
                        .anySatisfy(p -> assertThat(p)
                                .startsWith(bad + ", line 5, cases[1].campaign: \"MOON_LANDING\" is not one of"))
                        .anySatisfy(p -> assertThat(p)
                                .startsWith(bad + ", line 8, incidents[0].date: \"May the 32nd\" is not a date"))
                        .contains(bad
                                + ", line 9, incidents[1].case: RW-C-0999 names no record in this file or in the "
                                + "database")
                        .anySatisfy(p -> assertThat(p)
                                .startsWith(bad
                                + ", line 9, incidents[1].tactic: \"NOT_A_TACTIC\" is not on the tactic list")));
        assertThat(exported()).isEqualTo(before);
    }

    @Test
    void documentsOfTheWrongShapeAreRefused() throws Exception {
        assertThatThrownBy(() -> exchange.check(seeded, write("array.json", "[1, 2]")))
                .hasMessageContaining("does not start with '{'");
        assertThatThrownBy(() -> exchange.check(seeded, write("other.json", "{\"cases\": []}")))
                .hasMessageContaining("\"format\": \"returnwatch\" is missing");
        assertThatThrownBy(() -> exchange.check(seeded, write("future.json",
                "{\"format\": \"returnwatch\", \"formatVersion\": 7}")))
                .hasMessageContaining("version 7 is not supported");
        assertThatThrownBy(() -> exchange.check(seeded, write("dup.json", """
                {"format": "returnwatch", "formatVersion": 1,
                 "actors": [{"ref": "RW-ACT-0500", "name": "A"}, {"ref": "RW-ACT-0500", "name": "B"}]}
                """))).hasMessageContaining("RW-ACT-0500 appears more than once");
        Path latin1 = dir.resolve("latin1.json");
        String cafe = "{\"format\": \"returnwatch\", \"formatVersion\": 1, \"actors\": [{\"ref\": \"RW-ACT-0500\", "
                + "\"name\": \"Caf\u00e9\"}]}";
        Files.write(latin1, cafe.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> exchange.check(seeded, latin1)).isInstanceOf(ImportRejectedException.class);
    }

    @Test
    void aReferenceTakenByAnotherRecordGetsTheNextFreeCode() throws Exception {
        Path doc = write("new.json", """
                {"format": "returnwatch", "formatVersion": 1,
                 "actors": [{"id": "5f0c1d3e-0000-4000-8000-000000000001", "ref": "RW-ACT-0001",
                             "name": "Partner's actor"}]}
                """);
        int before = seeded.read(tx -> seeded.actors().count(tx, null));
        exchange.importFile(seeded, doc);
        var actors = seeded.read(tx -> seeded.actors().all(tx));
        assertThat(actors).hasSize(before + 1);
        assertThat(actors.get(actors.size() - 1).name()).isEqualTo("Partner's actor");
        assertThat(actors.get(actors.size() - 1).ref().number()).isEqualTo(before + 1);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private String exported() {
        return exchange.exportDocument(seeded).toString();
    }
}

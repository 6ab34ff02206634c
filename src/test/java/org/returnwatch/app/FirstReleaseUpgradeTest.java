package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.Exports;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.Selection;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * Nothing made with the first release is lost to an upgrade: its database (src/test/resources/fixtures)
 * opens and upgrades in place, keeps every record, and exports a document that re-imports exactly; its
 * JSON and CSV exports (format version 1) import into a new database with the same records.
 */
class FirstReleaseUpgradeTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/release-0.1");

    @TempDir
    Path dir;
    final JsonExchange json = new JsonExchange();

    private char[] passphrase() throws Exception {
        return Files.readString(FIXTURE.resolve("pass.txt"), StandardCharsets.UTF_8).strip().toCharArray();
    }

    private Path copyOfTheDatabase() throws Exception {
        Files.copy(FIXTURE.resolve("release-0.1.mv.db"), dir.resolve("release-0.1.mv.db"));
        Files.copy(FIXTURE.resolve("release-0.1.rwkey"), dir.resolve("release-0.1.rwkey"));
        return dir.resolve("release-0.1.mv.db");
    }

    private Path export(Workspace w, String name) {
        Path out = dir.resolve(name);
        w.transfers().export(new Exports.Request(Exports.Format.JSON, out, Selection.ALL, null), ProgressListener.NONE);
        return out;
    }

    @Test
    void theFirstReleasesDatabaseOpensUpgradedWithEveryRecordAndItsExportReimportsExactly() throws Exception {
        Databases databases = new Databases(TestDatabases.FAST);
        Path upgradedExport;
        try (Workspace w = databases.open(copyOfTheDatabase(), passphrase())) {
            Map<RecordKind, Integer> counts = w.lookup().counts();
            assertThat(counts.get(RecordKind.CASE)).isEqualTo(15);
            assertThat(counts.get(RecordKind.INCIDENT)).isEqualTo(24);
            assertThat(counts.get(RecordKind.CITATION)).isEqualTo(383);
            assertThat(counts.get(RecordKind.LINK)).isEqualTo(77);
            var fixture = w.lookup().byRef(org.returnwatch.domain.Reference.parse("RW-C-0101")).orElseThrow();
            assertThat(fixture.displayName()).isEqualTo("Fixture Person (测试人)");
            upgradedExport = export(w, "upgraded.json");
        }
        try (Workspace fresh = databases.createEmpty(dir.resolve("fresh.mv.db"), "another passphrase".toCharArray())) {
            fresh.transfers().importPath(upgradedExport, null, true, ProgressListener.NONE);
            Path again = export(fresh, "again.json");
            assertThat(comparable(json.mapper().readTree(again.toFile())))
                    .isEqualTo(comparable(json.mapper().readTree(upgradedExport.toFile())));
        }
    }

    @Test
    void theFirstReleasesJsonAndCsvExportsImportWithTheSameRecords() throws Exception {
        Databases databases = new Databases(TestDatabases.FAST);
        Path reference;
        try (Workspace w = databases.open(copyOfTheDatabase(), passphrase())) {
            reference = export(w, "reference.json");
        }
        JsonNode expected = comparable(json.mapper().readTree(reference.toFile()));
        for (String file : new String[] {"export-v1.json", "export-v1.zip"}) {
            Path db = dir.resolve(file.replace('.', '-') + ".mv.db");
            try (Workspace fresh = databases.createEmpty(db, "another passphrase".toCharArray())) {
                fresh.transfers().importPath(FIXTURE.resolve(file).toAbsolutePath(), null, true,
                        ProgressListener.NONE);
                JsonNode imported = comparable(json.mapper().readTree(export(fresh, file + ".json").toFile()));
                assertThat(imported).as(file).isEqualTo(expected);
            }
        }
    }

    /**
     * The version counts saves, which an import does differently, and the tactic list keeps the order its
     * codes were added in; every other field must be the same.
     */
    private static JsonNode comparable(JsonNode doc) {
        var copy = (com.fasterxml.jackson.databind.node.ObjectNode) withoutVersions(doc);
        var tactics = new java.util.ArrayList<JsonNode>();
        copy.withArray("tactics").forEach(tactics::add);
        tactics.sort(java.util.Comparator.comparing(t -> t.get("code").asText()));
        copy.putArray("tactics").addAll(tactics);
        return copy;
    }

    private static JsonNode withoutVersions(JsonNode node) {
        if (node.isObject()) {
            var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
            copy.remove("version");
            var fields = new java.util.ArrayList<String>();
            copy.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                copy.set(f, withoutVersions(copy.get(f)));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).arrayNode();
            node.forEach(e -> copy.add(withoutVersions(e)));
            return copy;
        }
        return node;
    }
}

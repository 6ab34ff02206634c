package org.returnwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.store.Backups;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * A case's status, reason, date opened and holder through a JSON document, a CSV zip, a backup and a
 * pseudonymised copy, on real encrypted databases.
 */
class CaseworkRoundTripTest {
    @TempDir
    Path dir;
    final JsonExchange json = new JsonExchange();

    private Store withCasework(Path folder) throws Exception {
        Store store = TestDatabases.create(Files.createDirectories(folder));
        store.write(tx -> {
            store.cases().insert(tx, Case.named("Closed case").withCasework(CaseStatus.CLOSED,
                    "the family asked us to stop", LocalDate.of(2024, 2, 1), "Mei Lin"));
            store.cases().insert(tx, Case.named("Watched case").withCasework(CaseStatus.MONITORING, null,
                    LocalDate.of(2025, 1, 20), null));
            store.cases().insert(tx, Case.named("Undated case"));
            return null;
        });
        return store;
    }

    private JsonNode imported(Path file) throws Exception {
        Path target = Files.createDirectories(dir.resolve("copy-" + file.getFileName()));
        try (Store empty = TestDatabases.create(target)) {
            new Imports(json).run(empty, file, null, true, ProgressListener.NONE);
            return json.exportDocument(empty);
        }
    }

    @Test
    void jsonAndCsvCarryTheCaseworkAndImportItUnchanged() throws Exception {
        try (Store store = withCasework(dir.resolve("db"))) {
            JsonNode doc = json.exportDocument(store);
            JsonNode closed = doc.get("cases").get(0);
            assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
            assertThat(closed.get("closeReason").asText()).isEqualTo("the family asked us to stop");
            assertThat(closed.get("opened").asText()).isEqualTo("2024-02-01");
            assertThat(closed.get("holder").asText()).isEqualTo("Mei Lin");
            assertThat(doc.get("cases").get(2).get("status").asText()).isEqualTo("OPEN");
            assertThat(doc.get("cases").get(2).has("opened")).isFalse();

            Path out = dir.resolve("all.json");
            json.exportTo(store, out);
            assertThat(imported(out)).isEqualTo(doc);
            Path zip = dir.resolve("all.zip");
            new CsvExport(json.mapper()).write(new DatasetReader(store).read(Selection.ALL, ProgressListener.NONE),
                    zip, ProgressListener.NONE);
            assertThat(imported(zip)).isEqualTo(doc);
        }
    }

    @Test
    void aClosedCaseWithoutAReasonIsRefusedWithItsPlaceNamed() throws Exception {
        Path doc = Files.writeString(dir.resolve("closed.json"), "{\"format\": \"returnwatch\", \"formatVersion\": 2, "
                + "\"cases\": [{\"ref\": \"RW-C-0001\", \"name\": \"A\", \"status\": \"closed\"}]}");
        try (Store empty = TestDatabases.create(Files.createDirectories(dir.resolve("empty")))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Imports(json).run(empty, doc, null, true,
                    ProgressListener.NONE)).isInstanceOf(ImportRejectedException.class)
                    .satisfies(e -> assertThat(((ImportRejectedException) e).problems().toString())
                            .contains("closeReason").contains("required when the status is closed"));
            assertThat(empty.<List<Case>>read(tx -> empty.cases().all(tx))).isEmpty();
        }
    }

    @Test
    void aBackupRestoresTheCaseworkAndVerifies() throws Exception {
        Path backup = dir.resolve("cases.rwbackup");
        JsonNode before;
        try (Store store = withCasework(dir.resolve("db"));
             Passphrase p = TestDatabases.passphrase()) {
            before = json.exportDocument(store);
            Backups.backup(store.database(), p, backup, ProgressListener.NONE);
        }
        DatabaseFile restored = new DatabaseFile(dir.resolve("restored.mv.db"));
        try (Passphrase p = TestDatabases.passphrase()) {
            Backups.restore(backup, restored, p, ProgressListener.NONE);
        }
        try (Passphrase p = TestDatabases.passphrase(); Store store = new Store(Database.open(restored, p))) {
            assertThat(json.exportDocument(store)).isEqualTo(before);
            assertThat(store.verify().problems()).isEmpty();
        }
    }

    @Test
    void aPseudonymisedCopyKeepsTheStatusAndDateButNotTheHolderOrTheReason() throws Exception {
        try (Store store = withCasework(dir.resolve("db"))) {
            Path out = dir.resolve("shared.json");
            new Exports(json).export(store, new Exports.Request(Exports.Format.JSON, out, Selection.ALL,
                    RedactionProfile.standard()), ProgressListener.NONE);
            JsonNode closed = json.mapper().readTree(out.toFile()).get("cases").get(0);
            assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
            assertThat(closed.get("opened").asText()).isEqualTo("2024-02-01");
            assertThat(closed.get("closeReason").asText()).isEqualTo("(withheld)");
            assertThat(closed.has("holder")).isFalse();
            assertThat(Files.readString(out)).doesNotContain("Mei Lin").doesNotContain("asked us to stop");
        }
    }
}

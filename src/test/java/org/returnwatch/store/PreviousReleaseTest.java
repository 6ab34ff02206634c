package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.work.ProgressListener;

/**
 * A database, key file and backup made by the previous release (src/test/resources/store/previous-release)
 * open in this one: the schema is upgraded, the history begins with one baseline entry per record, every
 * record gets its seal, the key file gets the database's identity and the history's last entry, the
 * whole database verifies, and its export is exactly the one the previous release wrote.
 */
class PreviousReleaseTest {
    static final String FIXTURE = "/store/previous-release/";
    static final String PASSPHRASE = "previous release passphrase";

    @TempDir
    Path dir;
    DatabaseFile file;

    @BeforeEach
    void copyFixture() throws IOException {
        file = new DatabaseFile(dir.resolve("previous-release.mv.db"));
        copy("previous-release.mv.db", file.dataFile());
        copy("previous-release.rwkey", file.keyFile());
    }

    /** A copy of the previous release's database and key file in {@code dir}, opened (and so upgraded). */
    static Store openedCopy(Path dir) throws IOException {
        DatabaseFile file = new DatabaseFile(dir.resolve("previous-release.mv.db"));
        copy("previous-release.mv.db", file.dataFile());
        copy("previous-release.rwkey", file.keyFile());
        try (Passphrase p = Passphrase.adopt(PASSPHRASE.toCharArray())) {
            return new Store(Database.open(file, p));
        }
    }

    static void copy(String name, Path to) throws IOException {
        try (InputStream in = PreviousReleaseTest.class.getResourceAsStream(FIXTURE + name)) {
            Files.copy(in, to);
        }
    }

    private Store open() {
        try (Passphrase p = Passphrase.adopt(PASSPHRASE.toCharArray())) {
            return new Store(Database.open(file, p));
        }
    }

    @Test
    void opensUpgradesVerifiesAndExportsExactlyWhatThePreviousReleaseExported() throws Exception {
        assertThat(Files.readString(file.keyFile())).contains("format=returnwatch-key-1");
        try (Store store = open()) {
            Map<RecordKind, Integer> counts = store.read(store::counts);
            int records = counts.values().stream().mapToInt(Integer::intValue).sum();
            VerifyReport report = store.verify();
            assertThat(report.problems()).isEmpty();
            assertThat(report.entries()).as("one baseline entry per record").isEqualTo(records);
            assertThat(report.records()).isEqualTo(records);

            Case edited = store.read(tx -> store.cases().get(tx, new Reference(RecordKind.CASE, 3)));
            List<HistoryEntry> history = store.read(tx -> store.history().ofRecord(tx, edited.id()));
            assertThat(history).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(HistoryAction.BASELINE);
                assertThat(e.origin()).isEqualTo(ChangeOrigin.UPGRADE);
                assertThat(e.after()).contains("Edited in the previous release.");
            });

            // the upgraded database holds what the previous release's own export of it holds: imported into a
            // new database, that export reads back exactly as the upgraded database does
            String exported = new JsonExchange().mapper().writeValueAsString(new JsonExchange().exportDocument(store));
            Path previousExport = dir.resolve("previous-release-export.json");
            copy("previous-release-export.json", previousExport);
            try (Store fresh = TestDatabases.create(dir.resolve("fresh"))) {
                new JsonExchange().importFile(fresh, previousExport);
                String viaImport = new JsonExchange().mapper()
                        .writeValueAsString(new JsonExchange().exportDocument(fresh));
                // an import numbers versions afresh, and the tactics come in the order the file gives them
                assertThat(comparable(exported)).isEqualTo(comparable(viaImport));
            }
        }
        String key = Files.readString(file.keyFile());
        assertThat(key).contains("format=returnwatch-key-2").contains("database=").contains("history=");
    }

    private static com.fasterxml.jackson.databind.JsonNode comparable(String json) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper m = new JsonExchange().mapper();
        com.fasterxml.jackson.databind.JsonNode doc = m.readTree(json);
        List<com.fasterxml.jackson.databind.JsonNode> tactics = new java.util.ArrayList<>();
        doc.get("tactics").forEach(tactics::add);
        tactics.sort(java.util.Comparator.comparing(t -> t.get("code").asText()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc).set("tactics", m.valueToTree(tactics));
        doc.findParents("version").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("version"));
        return doc;
    }

    @Test
    void anUpgradedDatabaseOpensAgainAndRecordsItsNextChanges() {
        long baseline;
        try (Store store = open()) {
            baseline = store.database().historyHead().seq();
        }
        try (Store store = open()) {
            assertThat(store.database().historyHead().seq()).as("the baseline is written once").isEqualTo(baseline);
            store.write(tx -> {
                Case c = store.cases().get(tx, new Reference(RecordKind.CASE, 3));
                return store.cases().update(tx, new Case(c.id(), c.ref(), c.version(), c.name(), c.nativeName(),
                        c.aliases(), c.pseudonymous(), c.caseKind(), c.role(), c.originCountry(), c.residenceCountry(),
                                "Vancouver", c.nationalities(),
                        c.immigrationStatus(), c.targetCategory(), c.accusation(), c.amount(), c.campaign(),
                                c.outcomeHistory(), c.riskLevel(), c.summary()));
            });
            assertThat(store.verify().problems()).isEmpty();
        }
        try (Store store = open()) {
            assertThat(store.database().historyHead().seq()).isEqualTo(baseline + 1);
            assertThat(store.verify().intact()).isTrue();
        }
    }

    @Test
    void aBackupOfThePreviousReleaseRestoresUpgradedAndWhole() throws Exception {
        Path backup = dir.resolve("previous-release.rwbackup");
        copy("previous-release.rwbackup", backup);
        DatabaseFile restored = new DatabaseFile(dir.resolve("restored.mv.db"));
        try (Passphrase p = Passphrase.adopt(PASSPHRASE.toCharArray())) {
            Backups.restore(backup, restored, p, ProgressListener.NONE);
        }
        try (Passphrase p = Passphrase.adopt(PASSPHRASE.toCharArray());
             Store store = new Store(Database.open(restored, p))) {
            assertThat(store.verify().problems()).isEmpty();
            assertThat(store.<List<Case>>read(tx -> store.cases().all(tx))).extracting(Case::name)
                    .contains("Legacy Marker Person");
        }
    }
}

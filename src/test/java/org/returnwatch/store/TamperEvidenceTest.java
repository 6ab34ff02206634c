package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Case;

/**
 * Changes made to the database file outside ReturnWatch are detected: history rows deleted,
 * edited or reordered, a record changed without its seal or against its history, the file rolled
 * back to an older copy without its key file, the key file's record edited.
 */
class TamperEvidenceTest {
    @TempDir
    Path dir;
    List<Case> cases;

    @BeforeEach
    void fiveCasesSavedAndOneEdited() {
        try (Store store = TestDatabases.create(dir)) {
            for (int i = 1; i <= 5; i++) {
                int n = i;
                store.write(tx -> store.cases().insert(tx, Records.caseNamed("Person " + n)));
            }
            Case first = store.read(tx -> store.cases().all(tx)).get(0);
            store.write(tx -> store.cases().update(tx, new Case(first.id(), first.ref(), first.version(), "Person One",
                    first.nativeName(), first.aliases(), first.pseudonymous(), first.caseKind(), first.role(),
                            first.originCountry(),
                    first.residenceCountry(), first.residenceCity(), first.nationalities(), first.immigrationStatus(),
                            first.targetCategory(),
                    first.accusation(), first.amount(), first.campaign(), first.outcomeHistory(), first.riskLevel(),
                            first.summary())));
            cases = store.read(tx -> store.cases().all(tx));
            assertThat(store.verify().problems()).isEmpty();
        }
    }

    /** Runs SQL on the file as someone with the passphrase and an H2 console would, outside ReturnWatch. */
    private void outside(String... sql) {
        try (Store store = TestDatabases.open(dir)) {
            store.write(tx -> {
                try (var st = tx.connection().createStatement()) {
                    for (String s : sql) {
                        st.execute(s);
                    }
                }
                return null;
            });
        }
    }

    private VerifyReport inspect() {
        try (Passphrase p = TestDatabases.passphrase();
             Store store = new Store(Database.openToInspect(TestDatabases.file(dir), p))) {
            return store.verify();
        }
    }

    @Test
    void aDeletedHistoryEntryIsFound() {
        outside("DELETE FROM history WHERE seq = 3");
        assertThat(inspect().firstProblem()).isEqualTo("history entries #3 are missing: they were removed");
    }

    @Test
    void anEditedHistoryEntryIsFound() {
        outside("UPDATE history SET caseworker = 'someone else' WHERE seq = 2");
        assertThat(inspect().firstProblem())
                .startsWith("history entry #2 (insert of RW-C-0002) was changed or damaged");
    }

    @Test
    void reorderedHistoryEntriesAreFound() {
        outside("UPDATE history SET seq = 100 WHERE seq = 2", "UPDATE history SET seq = 2 WHERE seq = 3",
                "UPDATE history SET seq = 3 WHERE seq = 100");
        assertThat(inspect().firstProblem()).startsWith("history entry #2 ").contains("was changed or damaged");
    }

    @Test
    void theLastEntriesRemovedTogetherWithNoGapAreFoundAgainstTheKeyFile() {
        outside("DELETE FROM history WHERE seq >= 5");
        assertThatThrownBy(() -> TestDatabases.open(dir)).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("the database is older than its key file: its history ends at entry #4 but the "
                        + "key file was written after entry #6");
        assertThat(inspect().problems()).contains("RW-C-0005 has no history entry: it was added outside ReturnWatch");
    }

    @Test
    void aRecordChangedWithoutItsSealIsRefusedWhenReadAndNamedByVerify() {
        outside("UPDATE case_record SET name = 'Planted Name' WHERE ref_number = 2");
        try (Store store = TestDatabases.open(dir)) {
            assertThatThrownBy(() -> store.read(tx -> store.cases().all(tx))).isInstanceOf(IntegrityException.class)
                    .hasMessageStartingWith("RW-C-0002 is damaged: what is stored no longer matches its seal");
            assertThat(store.verify().firstProblem()).isEqualTo("RW-C-0002 does not match its seal: it was changed "
                    + "outside ReturnWatch, or damaged");
        }
    }

    @Test
    void aRecordResealedBySomeoneWithTheKeyStillDiffersFromItsHistory() throws Exception {
        try (Store store = TestDatabases.open(dir)) {
            store.write(tx -> {
                Case c = store.cases().get(tx, cases.get(2).ref());
                Case planted = new Case(c.id(), c.ref(), c.version(), "Planted Name", c.nativeName(), c.aliases(),
                        c.pseudonymous(), c.caseKind(), c.role(), c.originCountry(), c.residenceCountry(),
                                c.residenceCity(), c.nationalities(),
                        c.immigrationStatus(), c.targetCategory(), c.accusation(), c.amount(), c.campaign(),
                                c.outcomeHistory(), c.riskLevel(), c.summary());
                String json = store.cases().fieldsJson(planted);
                try (var ps = tx.connection()
                        .prepareStatement("UPDATE case_record SET name = ?, seal = ? WHERE id = ?")) {
                    ps.setString(1, planted.name());
                    ps.setBytes(2, store.cases().seal(tx, planted, json));
                    ps.setObject(3, c.id());
                    ps.executeUpdate();
                }
                return null;
            });
            assertThat(store.<String>read(tx -> store.cases().get(tx, cases.get(2).ref()).name()))
                    .isEqualTo("Planted Name");
            assertThat(store.verify().firstProblem()).isEqualTo("RW-C-0003 differs from its last history entry (#3)");
        }
    }

    @Test
    void aDeletedRecordIsNamedByVerify() {
        outside("DELETE FROM case_alias WHERE case_id = (SELECT id FROM case_record WHERE ref_number = 4)",
                "DELETE FROM case_record WHERE ref_number = 4");
        assertThat(inspect().firstProblem()).isEqualTo("RW-C-0004 is missing: its history (entry #4) says it exists");
    }

    @Test
    void theFileRolledBackToAnOlderCopyWithoutItsKeyFileIsRefused() throws Exception {
        DatabaseFile file = TestDatabases.file(dir);
        Path older = dir.resolve("older-copy");
        Files.copy(file.dataFile(), older);
        try (Store store = TestDatabases.open(dir)) {
            store.write(tx -> store.cases().insert(tx, Records.caseNamed("Added after the copy")));
        }
        Files.copy(older, file.dataFile(), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> TestDatabases.open(dir)).isInstanceOf(IntegrityException.class)
                .hasMessage("the database is older than its key file: its history ends at entry #6 but the key file "
                        + "was written after entry #7; the database file may have been replaced by an older copy; run "
                        + "verify for details");
        assertThat(inspect().firstProblem()).startsWith("the database is older than its key file");
    }

    @Test
    void anOlderCopyPutBackOnPurposeCanBeAcceptedAndIsWholeAfterwards() throws Exception {
        DatabaseFile file = TestDatabases.file(dir);
        Path older = dir.resolve("older-copy");
        Files.copy(file.dataFile(), older);
        try (Store store = TestDatabases.open(dir)) {
            store.write(tx -> store.cases().insert(tx, Records.caseNamed("Added after the copy")));
        }
        Files.copy(older, file.dataFile(), StandardCopyOption.REPLACE_EXISTING);
        try (Passphrase p = TestDatabases.passphrase();
             Store store = new Store(Database.openToInspect(file, p))) {
            store.acceptHistory();
        }
        try (Store store = TestDatabases.open(dir)) {
            assertThat(store.verify().problems()).isEmpty();
            assertThat(store.<Integer>read(tx -> store.cases().count(tx, null))).isEqualTo(5);
        }
    }

    @Test
    void anEditedKeyFileRecordIsRefused() throws Exception {
        DatabaseFile file = TestDatabases.file(dir);
        String key = Files.readString(file.keyFile());
        String line = key.lines().filter(l -> l.startsWith("history=")).findFirst().orElseThrow();
        byte[] sealed = Base64.getDecoder().decode(line.substring("history=".length()).replace("\\", ""));
        sealed[sealed.length / 2] ^= 1;
        Files.writeString(file.keyFile(), key.replace(line, "history=" + Base64.getEncoder().encodeToString(sealed)
                .replace("=", "\\=")));
        assertThatThrownBy(() -> TestDatabases.open(dir)).isInstanceOf(IntegrityException.class)
                .hasMessageContaining("was not written with this passphrase: the key file was edited");
    }

    @Test
    void aKeyFileOfAnotherDatabaseIsToldApartFromAWrongPassphrase() throws Exception {
        Path otherDir = Files.createDirectories(dir.resolve("other"));
        TestDatabases.createFresh(otherDir).close();
        DatabaseFile file = TestDatabases.file(dir);
        Files.copy(TestDatabases.file(otherDir).keyFile(), file.keyFile(), StandardCopyOption.REPLACE_EXISTING);
        String data = TestDatabases.digest(file.dataFile());
        assertThatThrownBy(() -> TestDatabases.open(dir)).isInstanceOf(NotADatabaseException.class)
                .hasMessage("the key file " + file.keyFile() + " belongs to another database, not to " + file.dataFile()
                        + "; use the key file that was made with this database");
        assertThat(TestDatabases.digest(file.dataFile())).isEqualTo(data);
    }

    @Test
    void aKeyFileCaughtUpAfterACrashBetweenCommitAndKeyFileIsAccepted() throws Exception {
        DatabaseFile file = TestDatabases.file(dir);
        Path keyBefore = dir.resolve("key-before");
        Files.copy(file.keyFile(), keyBefore);
        UUID added;
        try (Store store = TestDatabases.open(dir)) {
            added = store.write(tx -> store.cases().insert(tx, Records.caseNamed("Committed"))).id();
        }
        // as if killed after the commit, before the key file was rewritten
        Files.copy(keyBefore, file.keyFile(), StandardCopyOption.REPLACE_EXISTING);
        try (Store store = TestDatabases.open(dir)) {
            assertThat(store.<java.util.Optional<Case>>read(tx -> store.cases().find(tx, added))).isPresent();
            assertThat(store.verify().problems()).isEmpty();
        }
        try (Passphrase p = TestDatabases.passphrase()) {
            KeyFile kf = KeyFile.read(file.keyFile());
            try (DerivedKeys keys = DerivedKeys.derive(p, kf.salt(), kf.iterations())) {
                assertThat(kf.head(keys.keyFileKey()).seq()).as("the key file caught up").isEqualTo(7);
            }
        }
    }
}

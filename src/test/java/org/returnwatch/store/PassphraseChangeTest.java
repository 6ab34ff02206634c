package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnwatch.domain.Case;
import org.returnwatch.work.ProgressListener;

/** Changing the passphrase re-encrypts the file; a kill at any step leaves the old or the new one working. */
class PassphraseChangeTest {
    private static final String NAME = "Passphrase Change Person";

    @TempDir
    Path dir;

    private void seed() {
        try (Store store = TestDatabases.create(dir)) {
            store.write(tx -> store.cases().insert(tx, Records.caseNamed(NAME)));
        }
    }

    private static Passphrase fresh() {
        return Passphrase.adopt(HaltingPassphraseChange.NEW_PASSPHRASE.toCharArray());
    }

    @Test
    void theNewPassphraseOpensTheSameRecordsAndHistoryAndTheOldOneNoLonger() throws Exception {
        seed();
        DatabaseFile file = TestDatabases.file(dir);
        String keyBefore = Files.readString(file.keyFile());
        String dataBefore = TestDatabases.digest(file.dataFile());
        try (Passphrase old = TestDatabases.passphrase(); Passphrase p = fresh()) {
            PassphraseChange.change(file, old, p, TestDatabases.FAST, ProgressListener.NONE);
        }
        assertThat(TestDatabases.digest(file.dataFile())).as("the file is encrypted anew").isNotEqualTo(dataBefore);
        assertThat(Files.readString(file.keyFile())).isNotEqualTo(keyBefore);
        try (Passphrase old = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Database.open(file, old)).isInstanceOf(WrongPassphraseException.class);
        }
        try (Passphrase p = fresh(); Store store = new Store(Database.open(file, p))) {
            assertThat(store.<List<Case>>read(tx -> store.cases().all(tx))).extracting(Case::name)
                    .containsExactly(NAME);
            assertThat(store.verify().problems()).isEmpty();
            assertThat(store.database().historyHead().seq()).isEqualTo(1);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("test.mv.db", "test.rwkey");
        }
    }

    @Test
    void aWrongOldPassphraseChangesNothing() throws Exception {
        seed();
        DatabaseFile file = TestDatabases.file(dir);
        String data = TestDatabases.digest(file.dataFile());
        try (Passphrase wrong = Passphrase.adopt("not the passphrase".toCharArray()); Passphrase p = fresh()) {
            assertThatThrownBy(() -> PassphraseChange.change(file, wrong, p, TestDatabases.FAST, ProgressListener.NONE))
                    .isInstanceOf(WrongPassphraseException.class);
        }
        assertThat(TestDatabases.digest(file.dataFile())).isEqualTo(data);
        try (Store store = TestDatabases.open(dir)) {
            assertThat(store.<Integer>read(tx -> store.cases().count(tx, null))).isEqualTo(1);
        }
    }

    @Test
    void anOpenDatabaseIsNotChanged() {
        seed();
        try (Store open = TestDatabases.open(dir); Passphrase old = TestDatabases.passphrase();
                Passphrase p = fresh()) {
            assertThatThrownBy(() -> PassphraseChange.change(TestDatabases.file(dir), old, p, TestDatabases.FAST,
                    ProgressListener.NONE)).isInstanceOf(StoreException.class).hasMessageContaining("is open");
        }
    }

    /** Step 1 copied, 2 user password changed, 3 key file pending, 4 data file renamed, 5 key file final. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aKillAfterAnyStepLeavesTheOldOrTheNewPassphraseWorking(int step) throws Exception {
        seed();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltingPassphraseChange.class.getName(), dir.toString(),
                Integer.toString(step)).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor()).as(output).isEqualTo(HaltingPassphraseChange.HALT_STATUS);

        List<String> working = new ArrayList<>();
        for (Passphrase p : List.of(TestDatabases.passphrase(), fresh())) {
            try (p; Store store = new Store(Database.open(TestDatabases.file(dir), p))) {
                assertThat(store.<List<Case>>read(tx -> store.cases().all(tx))).extracting(Case::name)
                        .containsExactly(NAME);
                assertThat(store.verify().problems()).isEmpty();
                working.add(p == null ? "?" : "opens");
            } catch (WrongPassphraseException e) {
                working.add("refused");
            }
        }
        assertThat(working).as("after step " + step).containsExactlyInAnyOrder("opens", "refused");
        // the old passphrase works until the new data file is in place (step 4), the new one from then on
        assertThat(working.get(0)).isEqualTo(step < 4 ? "opens" : "refused");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("nothing left beside the database")
                    .containsExactlyInAnyOrder("test.mv.db", "test.rwkey");
        }
    }
}

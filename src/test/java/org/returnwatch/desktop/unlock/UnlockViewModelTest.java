package org.returnwatch.desktop.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Databases;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** First start (create with seed), later starts (unlock), wrong passphrases, wiping. */
class UnlockViewModelTest {
    @TempDir
    Path dir;
    Session session;

    private UnlockViewModel vm() {
        session = new Session(TestDatabases.file(dir).dataFile());
        UnlockViewModel vm = new UnlockViewModel(session, new Databases(TestDatabases.FAST),
                new DirectTaskRunner());
        vm.prepare();
        return vm;
    }

    @AfterEach
    void close() {
        if (session != null && session.isUnlocked()) {
            Seeded.close(session);
        }
    }

    @Test
    void firstStartAsksTwiceAndCreatesTheSeededDatabase() {
        UnlockViewModel vm = vm();
        assertThat(vm.modeProperty().get()).isEqualTo(UnlockViewModel.Mode.CREATE);
        char[] a = "river stone lantern".toCharArray();
        char[] b = "river stone lantern!".toCharArray();
        vm.submit(a, b);
        assertThat(vm.messageProperty().get()).contains("differ");
        assertThat(a).containsOnly('\0');
        assertThat(b).containsOnly('\0');
        assertThat(session.isUnlocked()).isFalse();
        vm.submit("short".toCharArray(), "short".toCharArray());
        assertThat(vm.messageProperty().get()).contains("at least");
        char[] good = "river stone lantern".toCharArray();
        vm.submit(good, "river stone lantern".toCharArray());
        assertThat(good).as("wiped once the key is derived").containsOnly('\0');
        assertThat(session.isUnlocked()).isTrue();
        int cases = Seeded.store(session).read(tx -> Seeded.store(session).counts(tx)).get(RecordKind.CASE);
        assertThat(cases).isEqualTo(14);
    }

    @Test
    void laterStartsUnlockAndAWrongPassphraseSaysSoAndLetsTheUserRetry() {
        TestDatabases.create(dir).close();
        UnlockViewModel vm = vm();
        assertThat(vm.modeProperty().get()).isEqualTo(UnlockViewModel.Mode.UNLOCK);
        char[] wrong = "not the passphrase".toCharArray();
        vm.submit(wrong, null);
        assertThat(vm.messageProperty().get()).isEqualTo("Wrong passphrase. Try again.");
        assertThat(wrong).containsOnly('\0');
        assertThat(session.isUnlocked()).isFalse();
        vm.submit(TestDatabases.PASSPHRASE.toCharArray(), null);
        assertThat(session.isUnlocked()).isTrue();
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    /** A database made by an earlier version says it is being upgraded (at a million cases: half an hour). */
    @Test
    void aDatabaseOfAnEarlierVersionSaysItIsBeingUpgraded() {
        Store store = TestDatabases.create(dir);
        TestDatabases.stoppedDuringSchema49(store);
        store.close();
        UnlockViewModel vm = vm();
        List<String> said = new ArrayList<>();
        vm.messageProperty().addListener((o, was, now) -> said.add(now));
        vm.submit(TestDatabases.PASSPHRASE.toCharArray(), null);
        assertThat(session.isUnlocked()).isTrue();
        assertThat(said).anyMatch(m -> m.startsWith("Upgrading the database"));

        Seeded.close(session);
        said.clear();
        UnlockViewModel again = vm();
        again.messageProperty().addListener((o, was, now) -> said.add(now));
        again.submit(TestDatabases.PASSPHRASE.toCharArray(), null);
        assertThat(session.isUnlocked()).isTrue();
        assertThat(said).isNotEmpty().noneMatch(m -> m.startsWith("Upgrading"));
    }

    @Test
    void aTryAfterTooManyWrongPassphrasesWaitsItsTurnInsteadOfBeingRefused() {
        TestDatabases.create(dir).close();
        UnlockViewModel vm = vm();
        for (int i = 0; i < 5; i++) {
            vm.submit("not the passphrase".toCharArray(), null);
            assertThat(vm.messageProperty().get()).isEqualTo("Wrong passphrase. Try again.");
        }
        assertThat(new Databases(TestDatabases.FAST).waitBeforeNextTry(session.file())).isPositive();
        char[] right = TestDatabases.PASSPHRASE.toCharArray();
        vm.submit(right, null);
        assertThat(session.isUnlocked()).as(vm.messageProperty().get()).isTrue();
        assertThat(right).containsOnly('\0');
        assertThat(new Databases(TestDatabases.FAST).waitBeforeNextTry(session.file())).isZero();
    }

    @Test
    void strengthHint() {
        assertThat(PassphraseStrength.of("")).isEqualTo(PassphraseStrength.EMPTY);
        assertThat(PassphraseStrength.of("abc12")).isEqualTo(PassphraseStrength.WEAK);
        assertThat(PassphraseStrength.of("aaaaaaaaaaaaaaaaaaaa")).isEqualTo(PassphraseStrength.WEAK);
        assertThat(PassphraseStrength.of("correct horse battery staple")).isEqualTo(PassphraseStrength.STRONG);
    }
}

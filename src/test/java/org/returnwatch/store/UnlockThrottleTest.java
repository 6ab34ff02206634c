package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After five wrong passphrases in a row each try waits longer, up to a minute; the count survives a restart. */
class UnlockThrottleTest {
    @TempDir
    Path dir;

    private static void wrong(DatabaseFile file) {
        try (Passphrase p = Passphrase.adopt("not the passphrase".toCharArray())) {
            assertThatThrownBy(() -> Database.open(file, p)).isInstanceOf(WrongPassphraseException.class);
        }
    }

    @Test
    void theWaitDoublesAfterFiveWrongPassphrasesAndStopsAtAMinute() {
        assertThat(UnlockThrottle.delayAfter(0)).isZero();
        assertThat(UnlockThrottle.delayAfter(4)).isZero();
        assertThat(UnlockThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(UnlockThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(UnlockThrottle.delayAfter(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(UnlockThrottle.delayAfter(10)).isEqualTo(Duration.ofSeconds(32));
        assertThat(UnlockThrottle.delayAfter(11)).isEqualTo(Duration.ofSeconds(60));
        assertThat(UnlockThrottle.delayAfter(1_000_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aTryTooSoonIsRefusedUntriedEvenWithTheRightPassphraseAndTheCountIsKeptInTheKeyFile() throws Exception {
        TestDatabases.create(dir).close();
        DatabaseFile file = TestDatabases.file(dir);
        for (int i = 0; i < 5; i++) {
            assertThat(Database.unlockState(file).mustWait()).as("try " + (i + 1) + " is free").isFalse();
            wrong(file);
        }
        // read afresh from the key file, as a program started again would
        UnlockState state = Database.unlockState(file);
        assertThat(state.failures()).isEqualTo(5);
        assertThat(state.delay()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Files.readString(file.keyFile())).contains("unlock.failures=5");

        String key = Files.readString(file.keyFile());
        try (Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Database.open(file, p)).isInstanceOf(UnlockDelayedException.class)
                    .hasMessageContaining("5 wrong passphrases in a row");
        }
        assertThat(Files.readString(file.keyFile())).as("a refused try changes nothing").isEqualTo(key);

        Thread.sleep(Database.unlockState(file).delay().toMillis() + 50);
        wrong(file);
        assertThat(Database.unlockState(file).delay()).isGreaterThan(Duration.ofSeconds(1));

        Thread.sleep(Database.unlockState(file).delay().toMillis() + 50);
        TestDatabases.open(dir).close();
        assertThat(Database.unlockState(file)).isEqualTo(new UnlockState(0, Duration.ZERO));
    }

    @Test
    void theWaitLeftIsRoundedUpSoThatSleepingItIsEnough() {
        long last = Instant.now().toEpochMilli();
        KeyFile kf = new KeyFile(new byte[16], 1000, new byte[32]).withFailures(5, last);
        Instant almost = Instant.ofEpochMilli(last).plusSeconds(1).minusNanos(300_000);
        assertThat(UnlockThrottle.state(kf, almost).delay()).isEqualTo(Duration.ofMillis(1));
        assertThat(UnlockThrottle.state(kf, almost.plusNanos(300_000)).mustWait()).isFalse();
        assertThat(UnlockThrottle.state(kf, Instant.ofEpochMilli(last).plusMillis(200)).delay())
                .isEqualTo(Duration.ofMillis(800));
    }

    @Test
    void aClockSetBackDoesNotLengthenTheWait() {
        KeyFile kf = new KeyFile(new byte[16], 1000, new byte[32]).withFailures(6,
                Instant.now().plusSeconds(3600).toEpochMilli());
        assertThat(UnlockThrottle.state(kf, Instant.now()).delay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aGarbledCounterIsReportedAsADamagedKeyFile() throws Exception {
        TestDatabases.create(dir).close();
        DatabaseFile file = TestDatabases.file(dir);
        String key = Files.readString(file.keyFile());
        Files.writeString(file.keyFile(), key.replaceAll("(?m)^unlock.failures=.*$", "unlock.failures=-3"));
        try (Passphrase p = TestDatabases.passphrase()) {
            assertThatThrownBy(() -> Database.open(file, p)).isInstanceOf(NotADatabaseException.class)
                    .hasMessageContaining("is damaged or was edited");
        }
    }
}

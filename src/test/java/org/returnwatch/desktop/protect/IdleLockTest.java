package org.returnwatch.desktop.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The idle lock on a clock the test moves: the warning, input that cancels it, the lock, and its settings. */
class IdleLockTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger locks = new AtomicInteger();
    private final IdleLock idle = new IdleLock(Duration.ofMinutes(5), now::get, locks::incrementAndGet);

    private void pass(Duration d, boolean unlocked) {
        for (long s = 0; s < d.toSeconds(); s++) {
            now.addAndGet(1000);
            idle.tick(unlocked);
        }
    }

    @Test
    void warnsThirtySecondsBeforeAndLocksAfterFiveMinutesWithoutInput() {
        pass(Duration.ofSeconds(269), true);
        assertThat(idle.warningProperty().get()).isEmpty();
        pass(Duration.ofSeconds(1), true);
        assertThat(idle.warningProperty().get()).isEqualTo("Locking in 30 s: move the mouse or press a key to stay.");
        assertThat(locks).hasValue(0);
        pass(Duration.ofSeconds(30), true);
        assertThat(locks).hasValue(1);
        assertThat(idle.warningProperty().get()).isEmpty();
    }

    @Test
    void anyInputPutsTheLockOff() {
        pass(Duration.ofSeconds(290), true);
        assertThat(idle.warningProperty().get()).startsWith("Locking in 10 s");
        idle.input();
        assertThat(idle.warningProperty().get()).isEmpty();
        pass(Duration.ofSeconds(290), true);
        assertThat(locks).hasValue(0);
    }

    @Test
    void nothingCountsWhileLockedAndNeverMeansNever() {
        pass(Duration.ofMinutes(10), false);
        assertThat(locks).hasValue(0);
        pass(Duration.ofSeconds(299), true);
        assertThat(locks).as("the time starts again at the unlock").hasValue(0);
        idle.lockAfter(null);
        pass(Duration.ofHours(2), true);
        assertThat(locks).hasValue(0);
    }

    @Test
    void theEnvironmentWinsOverTheChoiceWhichStaysWithinAnHour() {
        assertThat(IdleLock.configured(Map.of("RETURNWATCH_LOCK_AFTER", "20"), 5)).isEqualTo(Duration.ofSeconds(20));
        assertThat(IdleLock.configured(Map.of("RETURNWATCH_LOCK_AFTER", "soon"), 5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(IdleLock.configured(Map.of(), 90)).isEqualTo(Duration.ofMinutes(60));
        assertThat(IdleLock.configured(Map.of(), 0)).isNull();
    }
}

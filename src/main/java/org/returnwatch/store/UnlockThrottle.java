package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows guessing through ReturnWatch: after {@value #FREE_FAILURES} wrong passphrases in a row,
 * each further try must wait 1, 2, 4 … seconds after the last wrong one, at most
 * {@value #CAP_SECONDS} s. The count is kept in the key file, so starting the program again does
 * not reset it; a correct passphrase does. Every try also costs the key derivation (≥ 0.3 s).
 */
final class UnlockThrottle {
    static final int FREE_FAILURES = 5;
    static final long CAP_SECONDS = 60;

    private UnlockThrottle() {
    }

    /** The wait that follows {@code failures} wrong passphrases in a row. */
    static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 16);
        return Duration.ofSeconds(Math.min(CAP_SECONDS, 1L << doublings));
    }

    static UnlockState state(KeyFile kf, Instant now) {
        Duration delay = delayAfter(kf.failures());
        if (delay.isZero()) {
            return new UnlockState(kf.failures(), Duration.ZERO);
        }
        Instant next = Instant.ofEpochMilli(kf.lastFailure()).plus(delay);
        // whole milliseconds, rounded up: a wait of 999.7 ms slept as 999 ms would come back 0.7 ms too early
        Duration left = Duration.ofMillis(Math.floorDiv(Duration.between(now, next).toNanos() + 999_999, 1_000_000));
        if (left.isNegative() || left.isZero()) {
            return new UnlockState(kf.failures(), Duration.ZERO);
        }
        // a clock set back must not make the wait longer than the rule says
        return new UnlockState(kf.failures(), left.compareTo(delay) > 0 ? delay : left);
    }

    /** Refuses a try that comes too early, before anything is derived. */
    static void check(DatabaseFile file, KeyFile kf) {
        UnlockState s = state(kf, Instant.now());
        if (s.mustWait()) {
            throw new UnlockDelayedException(phrase("{0} wrong passphrases in a row for {1}: wait {2} s before "
                    + "the next try", s.failures(), file, seconds(s.delay())), s.delay());
        }
    }

    /** Counts a wrong passphrase in the key file; a key file that cannot be written (read-only) is left as it is. */
    static int recordFailure(DatabaseFile file, KeyFile kf) {
        int failures = kf.failures() + 1;
        try {
            kf.withFailures(failures, Instant.now().toEpochMilli()).write(file.keyFile());
        } catch (StoreException e) {
            // read-only folder: nothing can be counted there
        }
        return failures;
    }

    static void recordSuccess(DatabaseFile file, KeyFile kf) {
        if (kf.failures() == 0) {
            return;
        }
        try {
            kf.withFailures(0, 0).write(file.keyFile());
        } catch (StoreException e) {
            // read-only folder
        }
    }

    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}

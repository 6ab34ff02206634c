package org.returnwatch.store;

import java.time.Duration;

/**
 * Wrong passphrases tried in a row on a database, and how long before the next try may start (delay)
 * ({@link Duration#ZERO} when it may start now).
 */
public record UnlockState(int failures, Duration delay) {
    public boolean mustWait() {
        return !delay.isZero();
    }
}

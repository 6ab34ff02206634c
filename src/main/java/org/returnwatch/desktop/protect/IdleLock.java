package org.returnwatch.desktop.protect;

import static org.returnwatch.i18n.Localization.lang;

import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Locks every window after a time without keyboard or mouse input in any of them (dialogs too), the
 * way a laptop left open in a café should be: a warning 30 seconds before, which any input cancels,
 * then the same lock as File → Lock, which never asks and keeps unsaved edits as drafts.
 */
public final class IdleLock {
    /** How long before the lock the warning shows. */
    public static final Duration WARNING = Duration.ofSeconds(30);
    /** The lock after this many minutes unless the user chose otherwise. */
    public static final int DEFAULT_MINUTES = 5;
    /** Seconds, for shared machines and tests; wins over the user's choice. */
    public static final String ENVIRONMENT = "RETURNWATCH_LOCK_AFTER";

    private final LongSupplier millis;
    private final Runnable lock;
    private Duration after;
    private long lastInput;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");

    /**
     * @param after  idle time before the lock; null never locks
     * @param millis the clock, in milliseconds
     * @param lock   locks every window
     */
    public IdleLock(Duration after, LongSupplier millis, Runnable lock) {
        this.after = after;
        this.millis = millis;
        this.lock = lock;
        this.lastInput = millis.getAsLong();
    }

    /**
     * The idle time to lock after: {@value #ENVIRONMENT} seconds when set to a positive number, else the
     * user's choice in minutes (0: never), kept within 1 to 60.
     */
    public static Duration configured(Map<String, String> environment, int chosenMinutes) {
        String env = environment.get(ENVIRONMENT);
        if (env != null) {
            try {
                long s = Long.parseLong(env.strip());
                if (s > 0) {
                    return Duration.ofSeconds(s);
                }
            } catch (NumberFormatException e) {
                // not a number of seconds: the user's choice stands
            }
        }
        return chosenMinutes <= 0 ? null : Duration.ofMinutes(Math.min(60, chosenMinutes));
    }

    /** Keyboard or mouse input in any window. */
    public void input() {
        lastInput = millis.getAsLong();
        warning.set("");
    }

    /** Checks the time (every second); locks when the idle time has passed while a database is open. */
    public void tick(boolean unlocked) {
        long now = millis.getAsLong();
        if (!unlocked || after == null) {
            lastInput = now;
            warning.set("");
            return;
        }
        long idle = now - lastInput;
        if (idle >= after.toMillis()) {
            warning.set("");
            lastInput = now;
            lock.run();
        } else if (idle >= after.minus(WARNING).toMillis()) {
            long left = (after.toMillis() - idle + 999) / 1000;
            warning.set(lang("Locking in {0} s: move the mouse or press a key to stay.", left));
        } else {
            warning.set("");
        }
    }

    /** A new idle time (null: never), counted from now. */
    public void lockAfter(Duration idle) {
        this.after = idle;
        input();
    }

    public Duration after() {
        return after;
    }

    /** The warning shown before the lock, empty when none. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}

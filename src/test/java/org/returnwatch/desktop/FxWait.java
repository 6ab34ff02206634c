package org.returnwatch.desktop;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits, in TestFX tests, for the background work and the JavaFX events it sets off to reach a state. */
public final class FxWait {
    /**
     * Long enough for a seeded database to be made on two cores busy with other builds; a passing
     * test never waits that long.
     */
    private static final int PATIENCE_SECONDS = 90;

    private FxWait() {
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }
}

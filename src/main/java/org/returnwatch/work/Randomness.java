package org.returnwatch.work;

import java.security.SecureRandom;

/**
 * The one source of secret randomness (keys, salts, nonces, names of partial files): a single
 * {@link SecureRandom}, seeded once by the operating system, rather than a new one per use.
 */
public final class Randomness {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Randomness() {
    }

    /** Fills {@code bytes} with random bytes. */
    public static void fill(byte[] bytes) {
        RANDOM.nextBytes(bytes);
    }
}

package org.returnwatch.store;

/**
 * How the database key is derived from the passphrase. The default makes each guess cost well
 * over 0.3 s on a laptop; tests may ask for fewer iterations to stay quick.
 */
public record KdfParams(int iterations) {
    public static final int DEFAULT_ITERATIONS = 1_000_000;
    public static final KdfParams DEFAULT = new KdfParams(DEFAULT_ITERATIONS);

    public KdfParams {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
    }
}

package org.returnwatch.store;

import java.util.Locale;

/**
 * Measures what one passphrase guess costs with the default key derivation. A benchmark, run on
 * purpose (see docs/benchmarks.md), never as a test:
 * {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes org.returnwatch.store.KdfBenchmark}
 */
public final class KdfBenchmark {
    private KdfBenchmark() {
    }

    public static void main(String[] args) {
        byte[] salt = KeyFile.newSalt();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int i = 0; i < 2; i++) {
            derive("warm-up " + i, salt);
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            derive("guess " + i, salt);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "PBKDF2-HMAC-SHA256, %d iterations: %.0f ms per guess (%d runs)%n",
                KdfParams.DEFAULT_ITERATIONS, ms, runs);
    }

    private static void derive(String guess, byte[] salt) {
        try (Passphrase p = Passphrase.adopt(guess.toCharArray());
             DerivedKeys keys = DerivedKeys.derive(p, salt, KdfParams.DEFAULT_ITERATIONS)) {
            keys.check();
        }
    }
}

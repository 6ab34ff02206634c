package org.returnwatch.store;

/** What one derivation of the database key costs, measured beside the start-up benchmark to be taken out of it. */
public final class KeyDerivationTime {
    private KeyDerivationTime() {
    }

    /** Prints the milliseconds of one derivation in a JVM just started, as an unlock pays it. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        derive(0);
        System.out.printf(java.util.Locale.ROOT, "%.0f%n", (System.nanoTime() - start) / 1e6);
    }

    private static void derive(int i) {
        try (Passphrase p = Passphrase.adopt(("guess " + i).toCharArray());
             DerivedKeys keys = DerivedKeys.derive(p, KeyFile.newSalt(), KdfParams.DEFAULT_ITERATIONS)) {
            keys.check();
        }
    }

    /** Milliseconds of one derivation with the default iteration count, the best of {@code runs} after a warm-up. */
    public static double millis(int runs) {
        byte[] salt = KeyFile.newSalt();
        double best = Double.MAX_VALUE;
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            try (Passphrase p = Passphrase.adopt(("guess " + i).toCharArray());
                 DerivedKeys keys = DerivedKeys.derive(p, salt, KdfParams.DEFAULT_ITERATIONS)) {
                keys.check();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (i > 0) {
                best = Math.min(best, ms);
            }
        }
        return best;
    }
}

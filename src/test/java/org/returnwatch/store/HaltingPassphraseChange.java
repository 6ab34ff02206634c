package org.returnwatch.store;

import java.nio.file.Path;
import org.returnwatch.work.ProgressListener;

/**
 * Run in a child process: changes a test database's passphrase and halts the JVM at once, as kill -9
 * would, after the given step (see {@link PassphraseChange#STEPS}); 0 halts at none.
 */
public final class HaltingPassphraseChange {
    static final String NEW_PASSPHRASE = "a completely different passphrase";
    static final int HALT_STATUS = 5;

    private HaltingPassphraseChange() {
    }

    public static void main(String[] args) {
        int haltAfter = Integer.parseInt(args[1]);
        try (Passphrase old = TestDatabases.passphrase();
             Passphrase fresh = Passphrase.adopt(NEW_PASSPHRASE.toCharArray())) {
            PassphraseChange.change(TestDatabases.file(Path.of(args[0])), old, fresh, TestDatabases.FAST,
                    new ProgressListener() {
                        @Override
                        public void progress(long done, long total) {
                            if (done == haltAfter) {
                                Runtime.getRuntime().halt(HALT_STATUS);
                            }
                        }

                        @Override
                        public boolean cancelled() {
                            return false;
                        }
                    });
        }
    }
}

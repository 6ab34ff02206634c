package org.returnwatch.store;

import java.nio.file.Path;
import org.returnwatch.work.ProgressListener;

/**
 * Run in a child process: restores a backup over a test database and halts the JVM half-way through, as kill -9
 * would.
 */
public final class HaltingRestore {
    static final int HALT_STATUS = 6;

    private HaltingRestore() {
    }

    public static void main(String[] args) {
        try (Passphrase p = TestDatabases.passphrase()) {
            Backups.restore(Path.of(args[1]), TestDatabases.file(Path.of(args[0])), p, new ProgressListener() {
                @Override
                public void progress(long done, long total) {
                    if (total > 0 && done * 2 >= total) {
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

package org.returnwatch.exchange;

import java.nio.file.Path;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * Run in a child process: imports a document and halts the JVM part-way through writing it, as
 * kill -9 would, once H2 has had to put pages of the unfinished transaction in the file.
 */
public final class HaltingImport {
    static final int HALT_STATUS = 4;

    private HaltingImport() {
    }

    /** Arguments: the database folder, the document, the share of the writing done before the halt (0–1). */
    public static void main(String[] args) {
        Store store = TestDatabases.open(Path.of(args[0]));
        double share = Double.parseDouble(args[2]);
        new JsonExchange().importFile(store, Path.of(args[1]), new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                // the first half of the ticks is the check, the second the writing
                long records = total / 2;
                if (done >= records + (long) (share * records)) {
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

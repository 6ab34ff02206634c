package org.returnwatch.app;

import org.returnwatch.store.Store;
import org.returnwatch.store.VerifyReport;

/**
 * Checking the whole database: its history chain against the key file, every record against its
 * seal, the database's own consistency; and, after an older copy was put back on purpose, taking the
 * database as it is.
 */
public final class Integrity {
    private final Store store;

    Integrity(Store store) {
        this.store = store;
    }

    /** Reads everything; slow on a large database. */
    public VerifyReport verify() {
        return store.verify();
    }

    /**
     * Whether every problem of {@code report} is only the key file being out of step with the history
     * (what putting back an older copy of both files looks like), so that accepting it is safe.
     */
    public boolean onlyOutOfStep(VerifyReport report) {
        return !report.problems().isEmpty() && report.problems().stream()
                .allMatch(store.database().findings()::contains);
    }

    /** Records in the key file that the history as it is now is the one to trust. */
    public void accept() {
        store.acceptHistory();
    }
}

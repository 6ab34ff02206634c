package org.returnwatch.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the commits of a database's write transactions, so that something read from the database can be
 * used again for as long as nothing has been committed since. The count is odd while a commit is under way:
 * a read made then may have seen the data on either side of it, and is not kept.
 */
final class WriteCount {
    private final AtomicLong count = new AtomicLong();

    void committing() {
        count.incrementAndGet();
    }

    void committed() {
        count.incrementAndGet();
    }

    /** The count now: take it before a read, and keep what the read found only if {@link #unchangedSince} it. */
    long now() {
        return count.get();
    }

    /** Whether no commit was under way at {@code before} and none has started since. */
    boolean unchangedSince(long before) {
        return before % 2 == 0 && count.get() == before;
    }
}

package org.returnwatch.exchange;

import org.returnwatch.work.ProgressListener;

/** Counts units of work done for a {@link ProgressListener}, and stops the work when it is cancelled. */
final class ProgressCounter {
    private final ProgressListener listener;
    private final long total;
    private long done;

    ProgressCounter(ProgressListener listener, long total) {
        this.listener = listener;
        this.total = total;
    }

    void tick() {
        tick(1);
    }

    void tick(long units) {
        listener.checkCancelled();
        done += units;
        listener.progress(done, total);
    }

    void checkCancelled() {
        listener.checkCancelled();
    }
}

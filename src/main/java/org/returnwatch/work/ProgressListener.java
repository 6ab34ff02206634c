package org.returnwatch.work;

/**
 * How a long operation (import, export, backup, restore) reports progress and learns that the user
 * cancelled it. It is called on the working thread, never on the window's thread, so an
 * implementation that a window reads must be thread-safe. A cancelled operation writes nothing.
 */
public interface ProgressListener {
    /** For callers that neither show progress nor cancel: the command line and tests. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total) {
            // nobody is watching
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} units of work out of {@code total}; a negative total means it is not known yet. */
    void progress(long done, long total);

    /** True once the user asked to stop; the operation then stops at its next check. */
    boolean cancelled();

    /** Stops the operation with {@link CancelledException} when the user asked to. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }
}

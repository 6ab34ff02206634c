package org.returnwatch.desktop.task;

/**
 * One piece of background work, as the code that started it sees it. Cancelled or superseded work
 * that has not started yet is skipped, and its answer, when it comes, is dropped: so a screen never
 * counts generations to tell a stale answer from a fresh one.
 */
public final class TaskHandle {
    /** Where the work stands. */
    public enum State { WAITING, DONE, CANCELLED, SUPERSEDED }

    private volatile State state = State.WAITING;

    /** The user or the screen no longer wants the answer (a lock, a closed screen). */
    public void cancel() {
        end(State.CANCELLED);
    }

    /** A newer question was asked: this answer would be stale. */
    public void supersede() {
        end(State.SUPERSEDED);
    }

    private synchronized void end(State s) {
        if (state == State.WAITING) {
            state = s;
        }
    }

    /**
     * Marks the work delivered; true if its answer is still wanted, false if it was cancelled or
     * superseded meanwhile.
     */
    synchronized boolean deliver() {
        if (state != State.WAITING) {
            return false;
        }
        state = State.DONE;
        return true;
    }

    /** True while the answer is still wanted: checked before the work starts, and before it is delivered. */
    public boolean isWanted() {
        return state == State.WAITING;
    }

    public State state() {
        return state;
    }
}

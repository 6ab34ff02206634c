package org.returnwatch.desktop.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Holds background work until the test runs it, in any order it likes: so a test can let an old
 * query's answer arrive after a newer one's, as a slow database would.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final List<Job<?>> queued = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");

    /** One piece of work waiting: what it is, and whether it was sent aside (a count). */
    public record Job<T>(String what, boolean aside, Callable<T> work, Consumer<? super T> onSuccess,
                         Consumer<? super Throwable> onFailure, TaskHandle handle) {
        void runNow() {
            workNow().run();
        }

        /**
         * Does the work at once (skipped if no longer wanted, as the real runner skips it); the answer is
         * delivered when the returned delivery is run, and only if it is still wanted then.
         */
        Runnable workNow() {
            if (!handle.isWanted()) {
                return () -> { };
            }
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                return () -> {
                    if (handle.deliver()) {
                        onFailure.accept(e);
                    }
                };
            }
            return () -> {
                if (handle.deliver()) {
                    onSuccess.accept(result);
                }
            };
        }
    }

    @Override
    public <T> TaskHandle run(String what, Callable<T> work, Consumer<? super T> onSuccess,
                              Consumer<? super Throwable> onFailure) {
        TaskHandle h = new TaskHandle();
        queued.add(new Job<>(what, false, work, onSuccess, onFailure, h));
        return h;
    }

    @Override
    public <T> TaskHandle runAside(String what, Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<? super Throwable> onFailure) {
        TaskHandle h = new TaskHandle();
        queued.add(new Job<>(what, true, work, onSuccess, onFailure, h));
        return h;
    }

    public List<Job<?>> queued() {
        return List.copyOf(queued);
    }

    /** Runs the job at {@code index} of the queue (work and answer), taking it out. */
    public void runAt(int index) {
        queued.remove(index).runNow();
    }

    /**
     * Does the work of the job at {@code index} now, but hands its answer back only when the test
     * runs what is returned: as a slow UI thread would, after newer questions have been asked.
     */
    public Runnable workNowAnswerLater(int index) {
        return queued.remove(index).workNow();
    }

    public void runNext() {
        runAt(0);
    }

    public void runLast() {
        runAt(queued.size() - 1);
    }

    /** Runs everything, including what the work run here queues in turn. */
    public void runAll() {
        while (!queued.isEmpty()) {
            runNext();
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }
}

package org.returnwatch.desktop.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The background work of one screen or one question, started through one runner: a new question
 * supersedes the answers still on their way ({@link #supersede}), and a screen that is dropped
 * cancels all of its work ({@link #cancelAll}), so nothing comes back into it afterwards.
 */
public final class Tasks {
    private final TaskRunner runner;
    private final List<TaskHandle> live = new ArrayList<>();

    public Tasks(TaskRunner runner) {
        this.runner = runner;
    }

    public <T> TaskHandle run(String what, Callable<T> work, Consumer<? super T> onSuccess,
                              Consumer<? super Throwable> onFailure) {
        return keep(runner.run(what, work, onSuccess, onFailure));
    }

    /** Like {@link TaskRunner#runAside}: a slow read that must not hold up the quick ones. */
    public <T> TaskHandle runAside(String what, Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<? super Throwable> onFailure) {
        return keep(runner.runAside(what, work, onSuccess, onFailure));
    }

    private TaskHandle keep(TaskHandle h) {
        live.removeIf(t -> !t.isWanted());
        if (h.isWanted()) {
            live.add(h);
        }
        return h;
    }

    /** A newer question was asked: the answers on their way are dropped. */
    public void supersede() {
        live.forEach(TaskHandle::supersede);
        live.clear();
    }

    /** The screen is dropped (locked, closed): nothing started here delivers anything any more. */
    public void cancelAll() {
        live.forEach(TaskHandle::cancel);
        live.clear();
    }

    public TaskRunner runner() {
        return runner;
    }
}

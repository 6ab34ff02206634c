package org.returnwatch.desktop.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread for all database work: work runs in the order it was asked for, so a
 * save and the reload after it can never overtake each other, and the UI thread never waits.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "returnwatch-db");
        t.setDaemon(true);
        return t;
    });
    /** Slow reads only (counts), so that the next search's first page need not wait behind them. */
    private final ExecutorService aside = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "returnwatch-count");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private int running;

    @Override
    public <T> TaskHandle run(String what, Callable<T> work, Consumer<? super T> onSuccess,
                              Consumer<? super Throwable> onFailure) {
        return submit(executor, what, work, onSuccess, onFailure);
    }

    @Override
    public <T> TaskHandle runAside(String what, Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<? super Throwable> onFailure) {
        return submit(aside, what, work, onSuccess, onFailure);
    }

    private <T> TaskHandle submit(ExecutorService on, String what, Callable<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        started(what);
        on.execute(() -> {
            if (!handle.isWanted()) {
                Platform.runLater(this::finished);
                return;
            }
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    finished();
                    if (handle.deliver()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                // the class and the action only: messages may quote what the user typed
                log().warn("{} failed: {}", what, e.getClass().getSimpleName());
                Platform.runLater(() -> {
                    finished();
                    if (handle.deliver()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return handle;
    }

    private void started(String what) {
        running++;
        busy.set(true);
        activity.set(what);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
        if (running == 0) {
            activity.set("");
        }
    }

    /** Made on first use: setting up logging is not on the window's way to the screen. */
    private static Logger log() {
        return LoggerFactory.getLogger(FxTaskRunner.class);
    }

    @Override
    public java.util.concurrent.Executor ui() {
        return Platform::runLater;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Lets the work under way (a save) finish before the database is closed. */
    @Override
    public void close() {
        aside.shutdownNow();
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs work on the background thread and waits: only for closing the database on exit. */
    public void runAndWait(Runnable work) {
        try {
            executor.submit(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            log().warn("closing work failed: {}", e.getClass().getSimpleName());
        }
    }
}

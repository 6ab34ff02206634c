package org.returnwatch.desktop.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs database and file work away from the JavaFX thread and hands the result back on it. View
 * models only see this interface, so their tests run the work on the test's own thread.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI thread,
     * unless the returned handle was cancelled or superseded meanwhile (work not started by then is
     * skipped). {@code what} says what is happening, for the status bar; it never holds a name or a note.
     */
    <T> TaskHandle run(String what, Callable<T> work, Consumer<? super T> onSuccess,
                       Consumer<? super Throwable> onFailure);

    /**
     * Like {@link #run}, for slow reads (counting many rows) that must not hold up the quick ones
     * queued after them; it may run beside other work, so it must only read.
     */
    default <T> TaskHandle runAside(String what, Callable<T> work, Consumer<? super T> onSuccess,
                                    Consumer<? super Throwable> onFailure) {
        return run(what, work, onSuccess, onFailure);
    }

    /**
     * Where background work posts what the window must see while it runs (progress): the JavaFX
     * thread in the program, the caller's own thread in tests.
     */
    default java.util.concurrent.Executor ui() {
        return Runnable::run;
    }

    /** True while any work is under way: drives the progress indicator. */
    ReadOnlyBooleanProperty busyProperty();

    /** What the latest work under way is doing. */
    ReadOnlyStringProperty activityProperty();
}

package org.returnwatch.desktop.transfers;

import java.util.function.Consumer;
import java.util.function.Function;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.task.Progress;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.work.ProgressListener;

/**
 * Runs a long operation (import, export, backup, restore) in the background with its progress on
 * show and a Cancel button; the progress closes before the answer is handed back.
 */
final class LongWork {
    private final TaskRunner runner;
    private final DialogService dialogs;

    LongWork(TaskRunner runner, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /**
     * @param title shown above the progress bar ("Importing cases.json")
     * @param what  for the status bar and the log: never a file name, a name or a note
     */
    <T> void run(String title, String what, Function<ProgressListener, T> work, Consumer<? super T> done,
                 Consumer<? super Throwable> failed) {
        Progress progress = new Progress(title, runner.ui());
        DialogService.ProgressView view = dialogs.showProgress(progress);
        runner.run(what, () -> work.apply(progress), result -> {
            view.close();
            done.accept(result);
        }, e -> {
            view.close();
            failed.accept(e);
        });
    }
}

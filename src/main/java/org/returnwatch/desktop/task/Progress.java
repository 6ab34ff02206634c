package org.returnwatch.desktop.task;

import static org.returnwatch.i18n.Localization.lang;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.returnwatch.work.ProgressListener;

/**
 * One long operation (an import, an export, a backup) as the window shows it, and the user's Cancel.
 * The working thread reports through {@link ProgressListener}; the figures reach the properties
 * through {@code ui} (the JavaFX thread in the program) with at most one update waiting, so a fast
 * loop of thousands of records never floods the window's thread.
 */
public final class Progress implements ProgressListener {
    private final String title;
    private final Executor ui;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", -1);
    private final ReadOnlyStringWrapper text;
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");

    /**
     * @param title what is under way, e.g. "Importing incidents-2019.csv"; never a name or a note
     */
    public Progress(String title, Executor ui) {
        this.title = title;
        this.ui = ui;
        text = new ReadOnlyStringWrapper(this, "text", lang("Starting…"));
    }

    @Override
    public void progress(long doneNow, long totalNow) {
        done.set(doneNow);
        total.set(totalNow);
        if (pending.compareAndSet(false, true)) {
            ui.execute(this::publish);
        }
    }

    private void publish() {
        pending.set(false);
        if (cancelling.get()) {
            return;
        }
        long d = done.get();
        long t = total.get();
        if (t > 0) {
            double f = Math.min(1.0, (double) d / t);
            fraction.set(f);
            text.set(Math.round(f * 100) + " %");
        } else {
            fraction.set(-1);
            text.set(lang("{0} done", org.returnwatch.i18n.Localization.number(d)));
        }
    }

    @Override
    public boolean cancelled() {
        return cancel.get();
    }

    /** The user asked to stop: the work stops at its next check and writes nothing. */
    public void cancel() {
        cancel.set(true);
        cancelling.set(true);
        text.set(lang("Cancelling…"));
    }

    public String title() {
        return title;
    }

    /** From 0 to 1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }
}

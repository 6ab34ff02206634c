package org.returnwatch.desktop.edit;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.returnwatch.app.SaveResult;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.dialog.DialogService.ConflictChoice;
import org.returnwatch.desktop.dialog.DialogService.UnsavedChoice;
import org.returnwatch.desktop.task.Tasks;

/**
 * One record being edited on screen, and the way every save of it goes: the form is checked, the
 * save runs in the background, and when someone saved the record meanwhile both versions are shown
 * and the user reloads theirs or saves over it. Leaving a record with unsaved changes asks first.
 * Both detail screens (a case; an agreement, statistic, source or actor) edit through this.
 */
public final class EditSession<T> {
    /** What the screen knows of its form. */
    public interface Editor<T> {
        /** Every problem that keeps the form from being saved; empty when it can be saved. */
        List<String> problems();

        /**
         * The save as the form now stands, made on the window's thread; run in the background.
         *
         * @throws IllegalArgumentException when the form cannot make a record
         */
        Callable<SaveResult<T>> save();

        /** Saved: show the record as it is stored now. */
        void saved(T record);

        /** Throws away the edits and shows the stored version. */
        void reload();

        /** Keeps the user's edits, based now on the versions stored meanwhile. */
        void rebase(Map<UUID, Long> versions, T theirs);
    }

    private final DialogService dialogs;
    private final Tasks tasks;
    private final String noun;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper problemsShown = new ReadOnlyBooleanWrapper(this, "problemsShown");
    private final ReadOnlyIntegerWrapper blanksShown = new ReadOnlyIntegerWrapper(this, "blanksShown");
    private Editor<T> editor;
    private boolean filling;
    private boolean editing;

    /** @param noun the kind of record, for messages: "case", "agreement" */
    public EditSession(DialogService dialogs, Tasks tasks, String noun) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.noun = noun;
    }

    public void setEditor(Editor<T> editor) {
        this.editor = editor;
    }

    /** Runs {@code fill} (loading a record into the form) without it counting as an edit. */
    public void fill(Runnable fill) {
        boolean was = filling;
        filling = true;
        try {
            fill.run();
        } finally {
            filling = was;
        }
    }

    /** A record is on the form from now on: edits to it count. */
    public void start(String heading, boolean unsaved) {
        editing = true;
        title.set(heading);
        problem.set("");
        problemsShown.set(false);
        dirty.set(unsaved);
    }

    /**
     * The form shows a new record nobody has typed into yet: it is no change until something is
     * typed, and what is missing is not pointed out until then, or until a Save is tried.
     */
    public void blank() {
        dirty.set(false);
        problemsShown.set(false);
        blanksShown.set(blanksShown.get() + 1);
    }

    /** Nothing is on the form any more: edits no longer count. */
    public void stop() {
        editing = false;
        dirty.set(false);
        problem.set("");
    }

    /** Call on every change of a field: marks the form changed and updates what is wrong with it. */
    public void edited() {
        if (!filling && editing) {
            dirty.set(true);
            problemsShown.set(true);
            problem.set(String.join("\n", editor.problems()));
        }
    }

    /** Shows why something failed, under the form. */
    public void problem(String why) {
        problem.set(why);
    }

    /** Saves in the background; on success the editor shows the record stored, then {@code after} runs. */
    public void save(Runnable after) {
        problemsShown.set(true);
        List<String> wrong = editor.problems();
        Callable<SaveResult<T>> work;
        try {
            if (!wrong.isEmpty()) {
                throw new IllegalArgumentException(String.join("\n", wrong));
            }
            work = editor.save();
        } catch (IllegalArgumentException e) {
            problem.set(message(e));
            dialogs.showError(lang("Cannot save yet"), message(e));
            return;
        }
        tasks.run(lang("saving the {0}", noun), work, result -> saved(result, after), e -> {
            problem.set(message(e));
            dialogs.showError(lang("Not saved"), message(e));
        });
    }

    private void saved(SaveResult<T> result, Runnable after) {
        if (result instanceof SaveResult.Saved<T> s) {
            dirty.set(false);
            editor.saved(s.record());
            after.run();
        } else if (result instanceof SaveResult.Conflict<T> c) {
            ConflictChoice choice = dialogs.askConflict(title.get(), c.differences());
            if (choice == ConflictChoice.RELOAD) {
                editor.reload();
            } else if (choice == ConflictChoice.KEEP_MINE) {
                editor.rebase(c.versions(), c.theirs());
                save(after);
            }
        } else {
            dialogs.showError(lang("Not saved"), lang("This {0} was deleted elsewhere. Use Duplicate to keep your "
                    + "version as a new {1}.", noun, noun));
        }
    }

    /** Asks about unsaved changes; runs {@code proceed} once it is fine to leave. */
    public void leave(Runnable proceed) {
        if (!dirty.get()) {
            proceed.run();
            return;
        }
        UnsavedChoice choice = dialogs.askUnsaved(title.get());
        if (choice == UnsavedChoice.DISCARD) {
            dirty.set(false);
            proceed.run();
        } else if (choice == UnsavedChoice.SAVE) {
            save(proceed);
        }
    }

    /** On lock: nothing of the record stays, and answers still on their way are dropped. */
    public void forget() {
        tasks.cancelAll();
        editing = false;
        title.set("");
        problem.set("");
        dirty.set(false);
    }

    public Tasks tasks() {
        return tasks;
    }

    /** False while a form just opened is untouched: its fields' problems are not marked yet. */
    public ReadOnlyBooleanProperty problemsShownProperty() {
        return problemsShown.getReadOnlyProperty();
    }

    /** Counts the blank forms shown, so that the view can put the user at the top, in the first field. */
    public ReadOnlyIntegerProperty blanksShownProperty() {
        return blanksShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

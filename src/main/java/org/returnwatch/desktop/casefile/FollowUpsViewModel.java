package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.FollowUp;

/**
 * A case's follow-ups: dated tasks with a note, done or not. Adding one or ticking it done is stored
 * at once, like an attached file; it does not wait for the case's Save.
 */
public final class FollowUpsViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Supplier<LocalDate> today;
    private final ObservableList<FollowUp> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private UUID caseId;

    public FollowUpsViewModel(Session session, TaskRunner runner, Supplier<LocalDate> today) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.today = today;
        due.set(today.get().plusWeeks(1));
    }

    public void show(UUID id) {
        caseId = id;
        available.set(true);
        problem.set("");
        reload();
    }

    /** The case is not stored yet: follow-ups can be added once it is saved. */
    public void showUnsaved() {
        tasks.supersede();
        caseId = null;
        rows.clear();
        available.set(false);
        problem.set(lang("Save the case first; then follow-ups can be added."));
    }

    public void forget() {
        tasks.cancelAll();
        caseId = null;
        rows.clear();
        note.set("");
        available.set(false);
    }

    private void reload() {
        if (caseId == null || !session.isUnlocked()) {
            return;
        }
        Workspace w = session.workspace();
        UUID id = caseId;
        tasks.supersede();
        tasks.run(lang("reading the follow-ups"), () -> w.followUps().forCase(id), rows::setAll,
                e -> problem.set(message(e)));
    }

    /** Adds the follow-up typed in (a due date and a note); the note is cleared once it is stored. */
    public void add() {
        if (!available.get()) {
            return;
        }
        if (due.get() == null) {
            problem.set(lang("Choose the day the follow-up is due."));
            return;
        }
        if (note.get() == null || note.get().isBlank()) {
            problem.set(lang("Write what is to be done."));
            return;
        }
        Workspace w = session.workspace();
        UUID id = caseId;
        LocalDate day = due.get();
        String text = note.get().strip();
        tasks.run(lang("adding a follow-up"), () -> w.followUps().add(id, day, text), added -> {
            problem.set("");
            note.set("");
            reload();
        }, e -> problem.set(message(e)));
    }

    /** Ticks a follow-up done, or not done again. */
    public void setDone(FollowUp f, boolean done) {
        if (f.isDone() == done || !session.isUnlocked()) {
            return;
        }
        Workspace w = session.workspace();
        tasks.run(lang("marking a follow-up"), () -> w.followUps().setDone(f.ref(), done), changed -> reload(), e -> {
            problem.set(message(e));
            reload();
        });
    }

    /** Not done and due before today. */
    public boolean overdue(FollowUp f) {
        return !f.isDone() && f.due().isBefore(today.get());
    }

    public ObservableList<FollowUp> rows() {
        return rows;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}

package org.returnwatch.desktop.history;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.HistoryStep;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.i18n.Localization;

/**
 * The History tab of a record's screen: every change to the record open (who, when, what, each field
 * before and after), newest first, and "Restore this version". The history is read only while the
 * tab is on show, and again after every save or restore of the record.
 */
public final class HistoryViewModel {
    /** How the tab writes when a change was made: in the language chosen, in the computer's own time zone. */
    public static DateTimeFormatter when() {
        return DateTimeFormatter.ofPattern(lang("d MMM yyyy, HH:mm"), Localization.locale())
                .withZone(ZoneId.systemDefault());
    }

    private final Session session;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final ObservableList<HistoryStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private RecordKind kind;
    private UUID id;
    private String record = "";
    private Runnable onRestored = () -> { };

    public HistoryViewModel(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.dialogs = dialogs;
        shown.addListener((o, was, now) -> {
            if (now) {
                refresh();
            }
        });
    }

    /** What the screen does once a version was restored: read the record again. */
    public void setOnRestored(Runnable onRestored) {
        this.onRestored = onRestored;
    }

    /**
     * The record now on the form; {@code id} null for one not saved yet.
     *
     * @param record how the record is named in questions ("RW-C-0007  Xie Weidong")
     */
    public void show(RecordKind recordKind, UUID recordId, String recordName) {
        tasks.supersede();
        kind = recordKind;
        id = recordId;
        record = recordName == null ? "" : recordName;
        steps.clear();
        message.set("");
        if (shown.get()) {
            refresh();
        }
    }

    /** Reads the record's history again (in the background). */
    public void refresh() {
        tasks.supersede();
        if (id == null || !session.isUnlocked()) {
            steps.clear();
            message.set(id == null && kind != null ? lang("This record is not saved yet: it has no history.") : "");
            return;
        }
        Workspace w = session.workspace();
        RecordKind k = kind;
        UUID of = id;
        message.set(lang("Reading the history…"));
        tasks.run(lang("reading the history"), () -> w.history().of(k, of), read -> {
            steps.setAll(read);
            message.set(read.isEmpty() ? lang("No change of this record is on record.") : "");
        }, e -> message.set(message(e)));
    }

    /** Asks first, then puts the record back as {@code step} shows it; the form shows it again after. */
    public void restore(HistoryStep step) {
        if (!step.restorable() || id == null) {
            return;
        }
        if (!dialogs.confirm(lang("Restore this version"), lang("Put {0} back as it was after entry #{1}"
                + " ({2}, {3})?\n\nUnsaved changes on the form are "
                + "lost. The restore is itself recorded in the history, so it can be undone the same way.", record,
                step.seq(), when().format(step.at()), step.caseworker()),
                lang("Restore this version"))) {
            return;
        }
        Workspace w = session.workspace();
        long seq = step.seq();
        tasks.run(lang("restoring an earlier version"), () -> w.history().restore(seq), restored -> {
            onRestored.run();
            refresh();
        }, e -> dialogs.showError(lang("Not restored"), message(e)));
    }

    /** On lock: nothing of the record stays, and answers still on their way are dropped. */
    public void forget() {
        tasks.cancelAll();
        kind = null;
        id = null;
        record = "";
        steps.clear();
        message.set("");
    }

    public ObservableList<HistoryStep> steps() {
        return steps;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the History tab is on show. */
    public BooleanProperty shownProperty() {
        return shown;
    }
}

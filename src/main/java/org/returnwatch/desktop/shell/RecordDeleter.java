package org.returnwatch.desktop.shell;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.returnwatch.app.Deleting;
import org.returnwatch.app.Deletion;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.DomainRecord;

/**
 * Deletes a record after saying what links to it, and keeps the last deletion so that it can be
 * undone. Shared by every screen of a window, so Edit → Undo undoes whatever was deleted last, or
 * the merge made last ({@link #offerUndo}): both take a record away, and the undo brings it back.
 */
public final class RecordDeleter {
    private final Session session;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Undo> last = new ReadOnlyObjectWrapper<>(this, "last");

    /**
     * How to bring back what was taken away last: {@code what} names it for an error ("Undo delete").
     * {@code finish}, if not null, runs once it can no longer be undone (another delete or merge took its
     * place): an evidence file's bytes are kept until then, and removed for good by it.
     */
    public record Undo(String what, Function<Workspace, DomainRecord> work, Consumer<Workspace> finish) {
        public Undo(String what, Function<Workspace, DomainRecord> work) {
            this(what, work, null);
        }
    }

    public RecordDeleter(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.dialogs = dialogs;
    }

    /** Asks, deletes, then runs {@code after}; does nothing if the user says no. */
    public void delete(RecordItem item, Runnable after) {
        Workspace w = session.workspace();
        tasks.run(lang("reading what links to the record"), () -> w.deletions().plan(item.kind(), item.id()),
                plan -> confirmAndDelete(w, plan, after), this::failed);
    }

    private void confirmAndDelete(Workspace w, Deleting.Plan plan, Runnable after) {
        Deletion d = plan.deletion();
        if (!d.blockers().isEmpty()) {
            StringBuilder b = new StringBuilder(lang("{0} is named in:", RecordItem.of(d.record())));
            for (String use : d.blockers()) {
                b.append("\n  • ").append(use);
            }
            b.append(lang("\n\nName another ")).append(RecordItem.kindWord(d.record().kind())).append(lang(
                    " there first."));
            dialogs.showError(lang("Cannot delete yet"), b.toString());
            return;
        }
        String what = lang("Delete {0}", RecordItem.kindWord(d.record().kind()));
        if (!dialogs.confirm(what, plan.describe(), what + " " + d.record().ref())) {
            return;
        }
        tasks.run("deleting", () -> w.deletions().delete(plan), done -> {
            replace(new Undo(lang("Undo delete"), ws -> ws.deletions().undo(done)));
            after.run();
        }, this::failed);
    }

    /** Makes {@code undo} what Edit → Undo does next, e.g. after a merge; it replaces the undo of a delete. */
    public void offerUndo(Undo undo) {
        replace(undo);
    }

    /** The undo offered before can no longer be done: what it kept for it goes (a deleted file's bytes). */
    private void replace(Undo next) {
        Undo before = last.get();
        last.set(next);
        if (before != null && before.finish() != null && session.isUnlocked()) {
            Workspace w = session.workspace();
            tasks.run(lang("removing a deleted file for good"), () -> {
                before.finish().accept(w);
                return null;
            }, x -> { }, this::failed);
        }
    }

    /** Puts the last deleted (or merged) record back, with its dependents, citations and links. */
    public void undo(Consumer<DomainRecord> after) {
        Undo u = last.get();
        if (u == null) {
            return;
        }
        Workspace w = session.workspace();
        tasks.run("restoring", () -> u.work().apply(w), r -> {
            last.set(null);
            after.accept(r);
        }, e -> dialogs.showError(u.what(), message(e)));
    }

    /**
     * Forgets the undo (on lock: a restored record must go into the database it came from). A file
     * deleted meanwhile is removed for good when the database next opens.
     */
    public void forget() {
        tasks.cancelAll();
        last.set(null);
    }

    private void failed(Throwable e) {
        dialogs.showError(lang("Delete"), message(e));
    }

    public ReadOnlyObjectProperty<Undo> lastProperty() {
        return last.getReadOnlyProperty();
    }
}

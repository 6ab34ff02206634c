package org.returnwatch.desktop.common;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Link;
import org.returnwatch.store.Store;

/**
 * Deletes a record after saying what links to it, and keeps the last deletion so that it can be
 * undone. Shared by every screen, so Edit → Undo delete undoes whatever was deleted last.
 */
public final class RecordDeleter {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Deletion> last = new ReadOnlyObjectWrapper<>(this, "last");

    public RecordDeleter(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    private record Plan(Deletion deletion, Map<UUID, String> titles) {
    }

    /** Asks, deletes, then runs {@code after}; does nothing if the user says no. */
    public void delete(RecordItem item, Runnable after) {
        Store store = session.store();
        runner.run("reading what links to the record", () -> store.read(tx -> {
            Deletion d = Deletion.plan(store, tx, item.kind(), item.id());
            Map<UUID, String> titles = new HashMap<>();
            for (Link l : d.links()) {
                UUID other = l.fromId().equals(item.id()) ? l.toId() : l.fromId();
                store.find(tx, l.fromId().equals(item.id()) ? l.toKind() : l.fromKind(), other)
                        .ifPresent(r -> titles.put(other, RecordItem.of(r).toString()));
            }
            return new Plan(d, titles);
        }), plan -> confirmAndDelete(store, plan, after), this::failed);
    }

    private void confirmAndDelete(Store store, Plan plan, Runnable after) {
        Deletion d = plan.deletion();
        if (!d.blockers().isEmpty()) {
            StringBuilder b = new StringBuilder(RecordItem.of(d.record()) + " is named as the perpetrator of:");
            d.blockers().forEach(i -> b.append("\n  • ").append(i.ref()).append("  ").append(i.displayName()));
            b.append("\n\nChoose another perpetrator for these incidents first.");
            dialogs.showError("Cannot delete yet", b.toString());
            return;
        }
        String message = d.describe(id -> plan.titles().getOrDefault(id, id.toString()));
        if (!dialogs.confirm("Delete " + RecordItem.kindWord(d.record().kind()), message, "Delete")) {
            return;
        }
        runner.run("deleting", () -> store.write(tx -> {
            d.execute(store, tx);
            return d;
        }), done -> {
            last.set(done);
            after.run();
        }, this::failed);
    }

    /** Puts the last deleted record back, with its dependents, citations and links. */
    public void undo(java.util.function.Consumer<DomainRecord> after) {
        Deletion d = last.get();
        if (d == null) {
            return;
        }
        Store store = session.store();
        runner.run("restoring", () -> store.write(tx -> {
            d.restore(store, tx);
            return d.record();
        }), r -> {
            last.set(null);
            after.accept(r);
        }, this::failed);
    }

    /** Forgets the undo (on lock: a restored record must go into the database it came from). */
    public void forget() {
        last.set(null);
    }

    private void failed(Throwable e) {
        dialogs.showError("Delete", e.getMessage());
    }

    public ReadOnlyObjectProperty<Deletion> lastProperty() {
        return last.getReadOnlyProperty();
    }
}

package org.returnwatch.desktop.records;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.returnwatch.desktop.common.PagedList;
import org.returnwatch.desktop.common.RecordDeleter;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.dialog.DialogService.ConflictChoice;
import org.returnwatch.desktop.dialog.DialogService.FieldDifference;
import org.returnwatch.desktop.dialog.DialogService.UnsavedChoice;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.links.LinkPickerViewModel;
import org.returnwatch.desktop.links.RelatedRecords;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.Screen;
import org.returnwatch.desktop.shell.ShownRecords;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.exchange.Selection;
import org.returnwatch.store.RecordRepository;
import org.returnwatch.store.StaleRecordException;
import org.returnwatch.store.Store;

/**
 * A list of one kind of record beside a form for the selected one: used for agreements,
 * statistics, sources and actors. Save is one transaction; a conflicting save shows both versions.
 */
public final class RecordScreenViewModel<T extends DomainRecord> implements Screen {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final RecordDeleter deleter;
    private final RecordForm<T> form;
    private final RelatedRecords related;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final PagedList<T> rows;
    private final ReadOnlyIntegerWrapper matches = new ReadOnlyIntegerWrapper(this, "matches");
    private final ReadOnlyBooleanWrapper recordOpen = new ReadOnlyBooleanWrapper(this, "recordOpen");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private T original;
    private UUID id;
    private boolean filling;
    private boolean forgotten;
    private int generation;
    private RecordSort sort;
    private boolean descending;
    private Runnable onChanged = () -> { };

    public RecordScreenViewModel(Session session, TaskRunner runner, DialogService dialogs, RecordDeleter deleter,
                                 RecordForm<T> form) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.deleter = deleter;
        this.form = form;
        this.related = new RelatedRecords(session, runner, dialogs);
        this.rows = new PagedList<>(runner, e -> problem.set(e.getMessage()));
        // a change listener: an invalidation listener stays silent until someone reads the value
        form.fields().forEach(f -> f.property().addListener((o, a, b) -> edited()));
        form.children().ifPresent(c -> c.rows().addListener((ListChangeListener<Object>) ch -> edited()));
        query.addListener((o, a, b) -> refresh());
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    @SuppressWarnings("unchecked")
    private RecordRepository<T> repo(Store store) {
        return (RecordRepository<T>) store.repository(form.kind());
    }

    @Override
    public void activate() {
        refresh();
    }

    @Override
    public ShownRecords shown() {
        String q = query.get() == null ? "" : query.get().strip();
        String kinds = form.kind().plural();
        return new ShownRecords(Selection.of(java.util.List.of(form.kind()), q), q.isEmpty()
                ? "All " + matches.get() + " " + kinds
                : "The " + matches.get() + " " + kinds + " the list shows (search \u201c" + q + "\u201d)");
    }

    public void refresh() {
        if (forgotten || !session.isUnlocked()) {
            return;
        }
        Store store = session.store();
        String q = query.get();
        int gen = ++generation;
        RecordSort by = sort;
        boolean desc = descending;
        runner.run("searching " + form.kind().plural(), () -> store.read(tx -> repo(store).count(tx, q)), n -> {
            if (gen == generation) {
                matches.set(n);
                rows.reset(n, by == null ? (offset, limit) -> store.read(tx -> repo(store).search(tx, q, offset, limit))
                        : RecordSort.pages(() -> store.read(tx -> repo(store).search(tx, q, 0, n)), by.order(desc)));
            }
        }, e -> problem.set(e.getMessage()));
    }

    /** Sorts the list by a column; null for the stored order (by reference, read page by page). */
    public void sortBy(RecordSort newSort, boolean newDescending) {
        if (newSort == sort && newDescending == descending) {
            // the table asks again whenever its rows change: only a new order is worth a new search
            return;
        }
        sort = newSort;
        descending = newDescending;
        refresh();
    }

    private record Loaded<T>(T rec, RelatedRecords.Snapshot related) {
    }

    @Override
    public void open(UUID recordId) {
        Store store = session.store();
        runner.run("opening the " + form.noun(), () -> store.read(tx -> new Loaded<>(
                repo(store).find(tx, recordId).orElseThrow(() -> new IllegalStateException(
                        "the " + form.noun() + " no longer exists")), RelatedRecords.read(store, tx, recordId))),
                l -> show(l.rec(), l.related()), e -> problem.set(e.getMessage()));
    }

    private void show(T rec, RelatedRecords.Snapshot snapshot) {
        if (forgotten) {
            return;
        }
        filling = true;
        try {
            original = rec;
            id = rec.id();
            form.load(rec);
            related.show(form.kind(), rec.id(), snapshot);
            title.set(RecordItem.of(rec).toString());
            problem.set("");
            dirty.set(false);
            recordOpen.set(true);
        } finally {
            filling = false;
        }
    }

    @Override
    public void newRecord() {
        show(form.blank(), RelatedRecords.Snapshot.EMPTY);
        startUnsaved("New " + form.noun());
    }

    @Override
    public void duplicate() {
        if (recordOpen.get()) {
            startUnsaved("Copy of " + title.get());
            form.detachChildren();
        }
    }

    private void startUnsaved(String heading) {
        original = null;
        id = UUID.randomUUID();
        related.showUnsaved(form.kind(), id);
        title.set(heading + " (not saved)");
        dirty.set(true);
    }

    /** Every problem of the form, one per line; empty when it can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        form.fields().stream().map(FormField::currentProblem).filter(Objects::nonNull).forEach(out::add);
        form.children().ifPresent(c -> out.addAll(c.problems()));
        return out;
    }

    @Override
    public void save() {
        save(() -> { });
    }

    private void save(Runnable after) {
        List<String> wrong = problems();
        T rec;
        try {
            if (!wrong.isEmpty()) {
                throw new IllegalArgumentException(String.join("\n", wrong));
            }
            rec = form.build(id, original == null ? null : original.ref(), original == null ? 0 : original.version());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            dialogs.showError("Cannot save yet", e.getMessage());
            return;
        }
        Store store = session.store();
        boolean isNew = original == null;
        var newLinks = related.pendingLinks();
        var newCitations = related.pendingCitations();
        runner.run("saving the " + form.noun(), () -> store.write(tx -> {
            T saved = isNew ? repo(store).insert(tx, rec) : repo(store).update(tx, rec);
            form.saveChildren(store, tx, saved);
            newLinks.forEach(l -> store.links().insert(tx, l));
            newCitations.forEach(c -> store.citations().insert(tx, c));
            return saved;
        }), saved -> {
            dirty.set(false);
            refresh();
            onChanged.run();
            open(saved.id());
            after.run();
        }, e -> {
            if (e instanceof StaleRecordException) {
                conflict(rec, after);
            } else {
                problem.set(e.getMessage());
                dialogs.showError("Not saved", e.getMessage());
            }
        });
    }

    private void conflict(T mine, Runnable after) {
        Store store = session.store();
        runner.run("reading the stored version", () -> store.read(tx -> repo(store).find(tx, mine.id()).orElse(null)),
                theirs -> {
                    if (theirs == null) {
                        dialogs.showError("Not saved", "This " + form.noun() + " was deleted elsewhere.");
                        return;
                    }
                    ConflictChoice c = dialogs.askConflict(RecordItem.of(mine).toString(), differences(mine, theirs));
                    if (c == ConflictChoice.RELOAD) {
                        open(theirs.id());
                    } else if (c == ConflictChoice.KEEP_MINE) {
                        original = theirs;
                        save(after);
                    }
                }, e -> problem.set(e.getMessage()));
    }

    /** Field-by-field differences of two versions of a record, read from the record's components. */
    static List<FieldDifference> differences(DomainRecord mine, DomainRecord theirs) {
        List<FieldDifference> out = new ArrayList<>();
        for (RecordComponent rc : mine.getClass().getRecordComponents()) {
            if (Set.of("id", "ref", "version", "points").contains(rc.getName())) {
                continue;
            }
            try {
                Object a = rc.getAccessor().invoke(mine);
                Object b = rc.getAccessor().invoke(theirs);
                if (!Objects.equals(a, b)) {
                    out.add(new FieldDifference(rc.getName(), String.valueOf(a), String.valueOf(b)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Override
    public void cancel() {
        if (original != null) {
            open(original.id());
        } else {
            dirty.set(false);
            recordOpen.set(false);
        }
    }

    @Override
    public void delete() {
        if (original == null) {
            return;
        }
        deleter.delete(RecordItem.of(original), () -> {
            original = null;
            recordOpen.set(false);
            dirty.set(false);
            refresh();
            onChanged.run();
        });
    }

    @Override
    public void link() {
        if (!recordOpen.get() || !related.canAdd()) {
            dialogs.showInfo("Link", "Open a " + form.noun() + " first, then link it.");
            return;
        }
        LinkPickerViewModel picker = new LinkPickerViewModel(session, runner, related.recordId());
        picker.search();
        dialogs.pickLink(picker).ifPresent(related::addLink);
    }

    @Override
    public void back() {
        leave(() -> recordOpen.set(false));
    }

    @Override
    public void leave(Runnable proceed) {
        if (!dirty.get()) {
            proceed.run();
            return;
        }
        UnsavedChoice c = dialogs.askUnsaved(title.get());
        if (c == UnsavedChoice.DISCARD) {
            dirty.set(false);
            proceed.run();
        } else if (c == UnsavedChoice.SAVE) {
            save(proceed);
        }
    }

    @Override
    public void forget() {
        forgotten = true;
        generation++;
        filling = true;
        try {
            rows.reset(0, (offset, limit) -> List.of());
            matches.set(0);
            query.set("");
            original = null;
            id = null;
            form.load(form.blank());
            related.show(form.kind(), null, RelatedRecords.Snapshot.EMPTY);
            title.set("");
            problem.set("");
            dirty.set(false);
            recordOpen.set(false);
        } finally {
            filling = false;
        }
    }

    private void edited() {
        if (!filling && recordOpen.get()) {
            dirty.set(true);
            problem.set(String.join("\n", problems()));
        }
    }

    public RecordForm<T> form() {
        return form;
    }

    public RelatedRecords related() {
        return related;
    }

    public PagedList<T> rows() {
        return rows;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyIntegerProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty recordOpenProperty() {
        return recordOpen.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty hasRecordProperty() {
        return recordOpen.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public T original() {
        return original;
    }
}

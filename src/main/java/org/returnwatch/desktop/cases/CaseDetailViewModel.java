package org.returnwatch.desktop.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.dialog.DialogService.ConflictChoice;
import org.returnwatch.desktop.dialog.DialogService.FieldDifference;
import org.returnwatch.desktop.dialog.DialogService.UnsavedChoice;
import org.returnwatch.desktop.links.CitationRow;
import org.returnwatch.desktop.links.RelatedRecords;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.StaleRecordException;
import org.returnwatch.store.Store;

/**
 * One case on one screen: its fields, its timeline, its links and citations. Saving writes the
 * case and every changed, added or removed incident in one transaction. A save refused because
 * someone else saved meanwhile shows both versions and lets the user reload or keep theirs.
 */
public final class CaseDetailViewModel {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final CaseFields fields = new CaseFields();
    private final ObservableList<IncidentForm> incidents = FXCollections.observableArrayList(
            f -> new Observable[] {f.date});
    private final SortedList<IncidentForm> timeline =
            new SortedList<>(incidents, Comparator.comparing(IncidentForm::sortDate));
    private final List<Incident> removed = new ArrayList<>();
    private final Map<UUID, Long> baseVersions = new HashMap<>();
    private final RelatedRecords related;
    private final ObservableList<Tactic> tactics = FXCollections.observableArrayList();
    private final ObservableList<RecordItem> actors = FXCollections.observableArrayList();
    private final ObservableList<RecordItem> sources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Case> original = new ReadOnlyObjectWrapper<>(this, "original");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** A change listener, not an invalidation one: those stay silent until someone reads the value. */
    private final javafx.beans.value.ChangeListener<Object> edited = (o, a, b) -> edited();
    private UUID caseId;
    private boolean filling;
    private boolean forgotten;
    private Runnable onSaved = () -> { };

    public CaseDetailViewModel(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.related = new RelatedRecords(session, runner, dialogs);
        // a citation edited here waits for this form's Save, like a field
        related.setOnCitationEdited(this::edited);
        fields.all().forEach(this::listen);
    }

    /** Called after every successful save (the list refreshes its rows and counts). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Reads the case with everything around it, in one transaction, in the background. */
    public void load(UUID id) {
        Store store = session.store();
        loaded.set(false);
        runner.run("opening the case", () -> store.read(tx -> CaseSnapshot.read(store, tx, id)), this::show,
                e -> problem.set(e.getMessage()));
    }

    private void show(CaseSnapshot l) {
        if (forgotten) {
            return;
        }
        filling = true;
        try {
            caseId = l.c().id();
            original.set(l.c());
            fields.load(l.c());
            tactics.setAll(l.tactics());
            actors.setAll(l.actorsById().values());
            sources.setAll(l.sources());
            incidents.forEach(this::unwatch);
            incidents.setAll(l.incidents().stream()
                    .map(i -> IncidentForm.of(i, i.perpetratorId() == null ? null : l.actorsById().get(i.perpetratorId())))
                    .toList());
            incidents.forEach(this::watch);
            removed.clear();
            baseVersions.clear();
            baseVersions.put(l.c().id(), l.c().version());
            l.incidents().forEach(i -> baseVersions.put(i.id(), i.version()));
            related.show(RecordKind.CASE, caseId, l.related());
            title.set(RecordItem.of(l.c()).toString());
            problem.set("");
            dirty.set(false);
            loaded.set(true);
        } finally {
            filling = false;
        }
    }

    /** A blank case, not saved until Save; tactics and actors come from the database for the form. */
    public void newCase() {
        Store store = session.store();
        runner.run("preparing a new case", () -> store.read(tx -> CaseSnapshot.blank(store, tx)), l -> {
            show(l);
            startUnsaved("New case");
            fields.name.set("");
        }, e -> problem.set(e.getMessage()));
    }

    /** Turns what is on screen into a new unsaved case with copies of its incidents. */
    public void duplicate() {
        if (!loaded.get()) {
            return;
        }
        List<IncidentForm> copies = incidents.stream().map(IncidentForm::copy).toList();
        startUnsaved("Copy of " + fields.name.get());
        fields.name.set("Copy of " + fields.name.get());
        incidents.forEach(this::unwatch);
        incidents.setAll(copies);
        incidents.forEach(this::watch);
        dirty.set(true);
    }

    private void startUnsaved(String heading) {
        caseId = UUID.randomUUID();
        original.set(null);
        removed.clear();
        baseVersions.clear();
        related.showUnsaved(RecordKind.CASE, caseId);
        title.set(heading + " (not saved)");
        dirty.set(true);
    }

    public void addIncident() {
        added(IncidentForm.blank(tactics.isEmpty() ? null : tactics.get(0).code()));
    }

    /** A new incident with the same details (Ctrl+D on its row), for a second similar event. */
    public IncidentForm duplicateIncident(IncidentForm f) {
        return added(f.copy());
    }

    private IncidentForm added(IncidentForm f) {
        watch(f);
        incidents.add(f);
        edited();
        return f;
    }

    public void removeIncident(IncidentForm f) {
        if (f.original() != null) {
            removed.add(f.original());
        }
        unwatch(f);
        incidents.remove(f);
        edited();
    }

    /** Every problem that keeps the form from being saved, one per line; empty when it can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        String name = CaseFields.nameProblem(fields.name.get());
        if (name != null) {
            out.add(name);
        }
        for (IncidentForm f : timeline) {
            String p = f.problem();
            if (p != null) {
                out.add("Incident " + f.shownDateProperty().get() + ": " + p);
            }
        }
        return out;
    }

    /** Saves in one transaction; on success reloads, then runs {@code after}. */
    public void save(Runnable after) {
        List<String> wrong = problems();
        if (!wrong.isEmpty()) {
            problem.set(String.join("\n", wrong));
            dialogs.showError("Cannot save yet", String.join("\n", wrong));
            return;
        }
        Case c;
        try {
            Case before = original.get();
            c = fields.build(caseId, before == null ? null : before.ref(), baseVersions.getOrDefault(caseId, 0L));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        Store store = session.store();
        boolean isNew = !baseVersions.containsKey(caseId);
        List<Incident> toDelete = List.copyOf(removed);
        List<Incident> toInsert = new ArrayList<>();
        List<Incident> toUpdate = new ArrayList<>();
        for (IncidentForm f : incidents) {
            Long base = baseVersions.get(f.id());
            if (base == null) {
                Incident i = f.build(caseId, 0);
                toInsert.add(f.original() == null ? i : store.incidents().withoutRef(i));
            } else if (f.changed(caseId)) {
                toUpdate.add(f.build(caseId, base));
            }
        }
        CaseWrite write = new CaseWrite(c, isNew, toDelete, Map.copyOf(baseVersions), toUpdate, toInsert,
                related.editedCitations(), related.pendingLinks(), related.pendingCitations());
        runner.run("saving the case", () -> store.write(tx -> write.apply(store, tx)), saved -> {
            dirty.set(false);
            onSaved.run();
            load(saved.id());
            after.run();
        }, e -> saveFailed(e, c, after));
    }

    private void saveFailed(Throwable e, Case mine, Runnable after) {
        if (e instanceof StaleRecordException) {
            resolveConflict(mine, after);
        } else {
            problem.set(e.getMessage());
            dialogs.showError("Not saved", e.getMessage());
        }
    }

    private record Current(Case theirs, Map<UUID, Long> versions, List<FieldDifference> citations) {
    }

    /** Reads the stored version, shows both, and reloads or saves the user's version over it. */
    private void resolveConflict(Case mine, Runnable after) {
        Store store = session.store();
        List<UUID> ids = new ArrayList<>(baseVersions.keySet());
        List<CitationRow> edited = related.editedRows();
        edited.forEach(r -> ids.add(r.citationId()));
        runner.run("reading the stored version", () -> store.read(tx -> new Current(
                store.cases().find(tx, mine.id()).orElse(null), CaseWrite.currentVersions(store, tx, mine.id(), ids),
                CaseWrite.citationDifferences(store, tx, edited))), current -> {
            if (current.theirs() == null) {
                dialogs.showError("Not saved", "This case was deleted elsewhere. Use Duplicate to keep your version "
                        + "as a new case.");
                return;
            }
            List<FieldDifference> diffs = new ArrayList<>(CaseFields.differences(mine, current.theirs()));
            diffs.addAll(current.citations());
            ConflictChoice choice = dialogs.askConflict(RecordItem.of(mine).toString(), diffs);
            if (choice == ConflictChoice.RELOAD) {
                load(mine.id());
            } else if (choice == ConflictChoice.KEEP_MINE) {
                baseVersions.clear();
                baseVersions.putAll(current.versions());
                related.rebaseCitations(current.versions());
                save(after);
            }
        }, err -> problem.set(err.getMessage()));
    }

    /** Throws away the edits and shows the stored case again (or nothing, for an unsaved one). */
    public void cancel() {
        if (original.get() != null) {
            load(original.get().id());
        } else {
            dirty.set(false);
        }
    }

    /** Drops the case and everything read with it (on lock); a read still under way is ignored. */
    public void forget() {
        // forgotten first: edited() then ignores the changes made here
        forgotten = true;
        caseId = null;
        original.set(null);
        fields.load(Case.named("-"));
        incidents.forEach(this::unwatch);
        incidents.clear();
        removed.clear();
        baseVersions.clear();
        related.show(RecordKind.CASE, null, RelatedRecords.Snapshot.EMPTY);
        List.of(tactics, actors, sources).forEach(List::clear);
        title.set("");
        problem.set("");
        dirty.set(false);
        loaded.set(false);
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

    private void watch(IncidentForm f) {
        f.all().forEach(this::listen);
    }

    private void unwatch(IncidentForm f) {
        f.all().forEach(p -> ((javafx.beans.value.ObservableValue<?>) p).removeListener(edited));
    }

    private void listen(Observable p) {
        ((javafx.beans.value.ObservableValue<?>) p).addListener(edited);
    }

    private void edited() {
        if (!filling && !forgotten) {
            dirty.set(true);
            problem.set(String.join("\n", problems()));
        }
    }

    public String tacticLabel(String code) {
        return tactics.stream().filter(t -> Objects.equals(t.code(), code)).map(Tactic::label).findFirst()
                .orElse(code == null ? "" : code);
    }

    public CaseFields fields() {
        return fields;
    }

    public SortedList<IncidentForm> timeline() {
        return timeline;
    }

    public RelatedRecords related() {
        return related;
    }

    public ObservableList<Tactic> tactics() {
        return tactics;
    }

    public ObservableList<RecordItem> actors() {
        return actors;
    }

    public ObservableList<RecordItem> sources() {
        return sources;
    }

    public UUID caseId() {
        return caseId;
    }

    public ReadOnlyObjectProperty<Case> originalProperty() {
        return original.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

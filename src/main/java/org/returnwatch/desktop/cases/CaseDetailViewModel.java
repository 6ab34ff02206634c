package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.returnwatch.app.CaseChanges;
import org.returnwatch.app.CaseStory;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.SaveResult;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.casefile.CaseWork;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.duplicates.NameHints;
import org.returnwatch.desktop.duplicates.SavedDuplicates;
import org.returnwatch.desktop.edit.EditSession;
import org.returnwatch.desktop.edit.FormDraft;
import org.returnwatch.desktop.history.HistoryViewModel;
import org.returnwatch.desktop.links.LinkDialogs;
import org.returnwatch.desktop.links.RelatedRecords;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Tactic;

/**
 * One case on one screen: its fields, its timeline, its links and citations. Saving writes the
 * case and every changed, added or removed incident in one transaction; a save refused because
 * someone else saved meanwhile shows both versions (see {@link EditSession}).
 */
public final class CaseDetailViewModel {
    private final Session session;
    private final Tasks tasks;
    private final EditSession<Case> edit;
    private final CaseFields fields = new CaseFields();
    private final CaseTimeline timeline = new CaseTimeline(this::edited);
    private final Map<UUID, Long> baseVersions = new HashMap<>();
    private final RelatedRecords related;
    private final NameHints nameHints;
    private final SavedDuplicates duplicates;
    private final HistoryViewModel history;
    /** Evidence files and follow-ups: stored at once, not with Save. */
    private final CaseWork work;
    private final ReadOnlyObjectWrapper<Case> original = new ReadOnlyObjectWrapper<>(this, "original");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    /** A change listener, not an invalidation one: those stay silent until someone reads the value. */
    private final ChangeListener<Object> edited = (o, a, b) -> edited();
    private final javafx.collections.ListChangeListener<Object> listEdited = c -> edited();
    private UUID caseId;
    private boolean forgotten;
    private Runnable onSaved = () -> { };

    public CaseDetailViewModel(Session session, TaskRunner runner, DialogService dialogs, LinkDialogs linkDialogs) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.edit = new EditSession<>(dialogs, tasks, "case");
        edit.setEditor(new EditSession.Editor<>() {
            @Override
            public List<String> problems() {
                return CaseDetailViewModel.this.problems();
            }

            @Override
            public Callable<SaveResult<Case>> save() {
                return saveWork();
            }

            @Override
            public void saved(Case record) {
                onSaved.run();
                duplicates.check(record);
                load(record.id());
            }

            @Override
            public void reload() {
                load(caseId);
            }

            @Override
            public void rebase(Map<UUID, Long> versions, Case theirs) {
                baseVersions.clear();
                baseVersions.putAll(versions);
                related.rebaseCitations(versions);
            }
        });
        this.related = new RelatedRecords(session, tasks, dialogs, linkDialogs);
        this.history = new HistoryViewModel(session, runner, dialogs);
        // a restored version is a save: the list and counts follow, and the form shows the case as it is now
        history.setOnRestored(() -> {
            onSaved.run();
            load(caseId);
        });
        this.work = new CaseWork(session, runner, dialogs, java.time.LocalDate::now);
        // a citation edited here waits for this form's Save, like a field
        related.setOnCitationEdited(this::edited);
        fields.all().forEach(p -> CaseTimeline.listen(p, edited, listEdited));
        fields.outcomeTable().rows().addListener((javafx.collections.ListChangeListener<Object>) c -> edited());
        nameHints = new NameHints(session, runner, fields.name, fields.nativeName, fields.aliases);
        duplicates = new SavedDuplicates(session, runner, this::leave, kept -> {
            onSaved.run();
            load(kept.id());
        });
    }

    /** Called after every successful save (the list refreshes its rows and counts). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Reads the case with everything around it, in one transaction, in the background. */
    public void load(UUID id) {
        load(id, Map.of());
    }

    /** Reads the case, then puts a draft's edits on its form, unsaved (after a lock). */
    public void load(UUID id, Map<String, String> draft) {
        Workspace w = session.workspace();
        loaded.set(false);
        tasks.run(lang("opening the case"), () -> w.cases().open(id), l -> {
            show(l);
            FormDraft.apply(draftFields(), draft);
        }, e -> edit.problem(message(e)));
    }

    /** The case's own fields by name, as a draft keeps them (its timeline and outcome rows are not kept). */
    public Map<String, javafx.beans.property.Property<?>> draftFields() {
        return fields.byName();
    }

    private void show(CaseStory l) {
        if (forgotten) {
            return;
        }
        edit.fill(() -> {
            caseId = l.c().id();
            original.set(l.c());
            duplicates.shown(caseId);
            fields.useSources(l.sources(), l.sourceDates());
            fields.useTeam(l.team());
            fields.load(l.c());
            timeline.show(l);
            baseVersions.clear();
            baseVersions.put(l.c().id(), l.c().version());
            l.incidents().forEach(i -> baseVersions.put(i.id(), i.version()));
            related.show(RecordKind.CASE, caseId, l.related());
            work.show(caseId);
            edit.start(RecordItem.of(l.c()).toString(), false);
            history.show(RecordKind.CASE, caseId, RecordItem.of(l.c()).toString());
            loaded.set(true);
        });
    }

    /** A blank case, not saved until Save; tactics and actors come from the database for the form. */
    public void newCase() {
        newCase(Map.of());
    }

    /** A new case with a draft's edits on its form (after a lock). */
    public void newCase(Map<String, String> draft) {
        Workspace w = session.workspace();
        tasks.run(lang("preparing a new case"), () -> w.cases().blank(), l -> {
            show(l);
            startUnsaved(lang("New case"));
            edit.fill(() -> fields.name.set(""));
            edit.blank();
            FormDraft.apply(draftFields(), draft);
        }, e -> edit.problem(message(e)));
    }

    /** Turns what is on screen into a new unsaved case with copies of its incidents. */
    public void duplicate() {
        if (!loaded.get()) {
            return;
        }
        List<IncidentForm> copies = timeline.copies();
        String name = lang("Copy of {0}", fields.name.get());
        startUnsaved(name);
        edit.fill(() -> {
            fields.name.set(name);
            fields.casework.opened.set(java.time.LocalDate.now().toString());
            timeline.replace(copies);
        });
    }

    private void startUnsaved(String heading) {
        caseId = UUID.randomUUID();
        original.set(null);
        duplicates.shown(caseId);
        timeline.forgetRemoved();
        baseVersions.clear();
        related.showUnsaved(RecordKind.CASE, caseId);
        history.show(RecordKind.CASE, null, heading);
        work.showUnsaved();
        edit.start(lang("{0} (not saved)", heading), true);
    }

    public IncidentForm addIncident() {
        return timeline.add();
    }

    /** A new incident with the same details (Ctrl+D on its row), for a second similar event. */
    public IncidentForm duplicateIncident(IncidentForm f) {
        return timeline.duplicate(f);
    }

    public void removeIncident(IncidentForm f) {
        timeline.remove(f);
    }

    /** Every problem that keeps the form from being saved, one per line; empty when it can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        String name = CaseFields.nameProblem(fields.name.get());
        if (name != null) {
            out.add(name);
        }
        fields.outcomeProblems().forEach(p -> out.add(lang("Outcome: {0}", p)));
        out.addAll(fields.caseworkProblems());
        out.addAll(timeline.problems());
        return out;
    }

    private Callable<SaveResult<Case>> saveWork() {
        Case before = original.get();
        Case c = fields.build(caseId, before == null ? null : before.ref(), baseVersions.getOrDefault(caseId, 0L));
        List<Incident> toInsert = new ArrayList<>();
        List<Incident> toUpdate = new ArrayList<>();
        timeline.collect(caseId, baseVersions, toInsert, toUpdate);
        CaseChanges changes = new CaseChanges(c, !baseVersions.containsKey(caseId), baseVersions, timeline.removed(),
                toUpdate,
                toInsert, related.editedCitations(), related.pendingLinks(), related.pendingCitations());
        Workspace w = session.workspace();
        return () -> w.cases().save(changes);
    }

    /** Saves in one transaction; on success reloads, then runs {@code after}. */
    public void save(Runnable after) {
        edit.save(after);
    }

    /** Throws away the edits and shows the stored case again (or nothing, for an unsaved one). */
    public void cancel() {
        if (original.get() != null) {
            load(original.get().id());
        } else {
            edit.stop();
        }
    }

    /** Drops the case and everything read with it (on lock); a read still under way is dropped. */
    public void forget() {
        // forgotten first: the changes made here are not edits
        forgotten = true;
        edit.forget();
        duplicates.forget();
        nameHints.forget();
        caseId = null;
        original.set(null);
        edit.fill(() -> {
            fields.load(Case.named("-"));
            timeline.clear();
        });
        baseVersions.clear();
        related.show(RecordKind.CASE, null, org.returnwatch.app.Related.NONE);
        history.forget();
        work.forget();
        loaded.set(false);
    }

    /** Asks about unsaved changes; runs {@code proceed} once it is fine to leave. */
    public void leave(Runnable proceed) {
        edit.leave(proceed);
    }

    private void edited() {
        if (!forgotten) {
            edit.edited();
        }
    }

    public String tacticLabel(String code) {
        return timeline.tacticLabel(code);
    }

    public CaseFields fields() {
        return fields;
    }

    public SortedList<IncidentForm> timeline() {
        return timeline.timeline();
    }

    public RelatedRecords related() {
        return related;
    }

    /** "Also found as: …" under the name. */
    public NameHints nameHints() {
        return nameHints;
    }

    /** The likely duplicates of the case just saved. */
    public SavedDuplicates duplicates() {
        return duplicates;
    }

    /** The History tab of the case open. */
    public HistoryViewModel history() {
        return history;
    }

    public CaseWork work() {
        return work;
    }

    /** The timeline's selection changed: its files are shown if the incident is stored. */
    public void incidentSelected(IncidentForm f) {
        work.incident(f == null ? null : f.id(), f != null && baseVersions.containsKey(f.id()) && caseId != null);
    }

    public ObservableList<Tactic> tactics() {
        return timeline.tactics();
    }

    public ObservableList<RecordItem> actors() {
        return timeline.actors();
    }

    /** The kind of party an actor is, that the perpetrator pickers group by. */
    public org.returnwatch.domain.ActorKind actorKind(RecordItem actor) {
        return timeline.actorKind(actor);
    }

    public ObservableList<RecordItem> sources() {
        return timeline.sources();
    }

    public UUID caseId() {
        return caseId;
    }

    public ReadOnlyObjectProperty<Case> originalProperty() {
        return original.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return edit.dirtyProperty();
    }

    /** False while a form just opened is untouched: its fields' problems are not marked yet. */
    public ReadOnlyBooleanProperty problemsShownProperty() {
        return edit.problemsShownProperty();
    }

    /** Changes each time a blank case is shown, for the view to put the user in its first field. */
    public javafx.beans.property.ReadOnlyIntegerProperty blanksShownProperty() {
        return edit.blanksShownProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return edit.titleProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return edit.problemProperty();
    }
}

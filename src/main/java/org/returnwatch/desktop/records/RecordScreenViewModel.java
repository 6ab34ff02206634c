package org.returnwatch.desktop.records;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.returnwatch.app.RecordChanges;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.RecordStory;
import org.returnwatch.app.Related;
import org.returnwatch.app.SaveResult;
import org.returnwatch.app.SourceDates;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.casefile.AttachmentsViewModel;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.duplicates.NameHints;
import org.returnwatch.desktop.duplicates.SavedDuplicates;
import org.returnwatch.desktop.edit.EditSession;
import org.returnwatch.desktop.edit.FormDraft;
import org.returnwatch.desktop.history.HistoryViewModel;
import org.returnwatch.desktop.links.LinkDialogs;
import org.returnwatch.desktop.links.RelatedRecords;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.RecordDeleter;
import org.returnwatch.desktop.shell.Screen;
import org.returnwatch.desktop.shell.ScreenCommands;
import org.returnwatch.desktop.shell.ShownRecords;
import org.returnwatch.desktop.shell.Unsaved;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.DomainRecord;

/**
 * A list of one kind of record beside a form for the selected one: used for agreements,
 * statistics, sources and actors. Save is one transaction; a conflicting save shows both versions
 * (see {@link EditSession}).
 */
public final class RecordScreenViewModel<T extends DomainRecord> implements Screen {
    private final Session session;
    private final Tasks tasks;
    private final RecordDeleter deleter;
    private final RecordForm<T> form;
    private final EditSession<T> edit;
    private final RelatedRecords related;
    /** Null for records that name no one (agreements, statistics, sources). */
    private final NameHints nameHints;
    private final SavedDuplicates duplicates;
    private final HistoryViewModel history;
    /** The evidence files of actors and sources (stored at once, not with Save); none for other kinds. */
    private final Optional<AttachmentsViewModel> files;
    private final RecordList<T> list;
    private final ReadOnlyBooleanWrapper recordOpen = new ReadOnlyBooleanWrapper(this, "recordOpen");
    private final ScreenCommands commands;
    private T original;
    private UUID id;
    private boolean forgotten;
    private Runnable onChanged = () -> { };

    public RecordScreenViewModel(Session session, TaskRunner runner, DialogService dialogs, LinkDialogs linkDialogs,
                                 RecordDeleter deleter, RecordForm<T> form) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.deleter = deleter;
        this.form = form;
        this.edit = new EditSession<>(dialogs, tasks, form.noun());
        edit.setEditor(new Editor());
        this.related = new RelatedRecords(session, tasks, dialogs, linkDialogs);
        related.setOnChanged(() -> onChanged.run());
        this.history = new HistoryViewModel(session, runner, dialogs);
        // a restored version is a save: the list and counts follow, and the form shows the record as it is now
        history.setOnRestored(() -> {
            refresh();
            onChanged.run();
            open(id);
        });
        this.files = org.returnwatch.domain.Attachment.OWNERS.contains(form.kind())
                ? Optional.of(new AttachmentsViewModel(session, runner, dialogs)) : Optional.empty();
        this.list = new RecordList<>(session, runner, form.kind(), edit::problem);
        // a change listener: an invalidation listener stays silent until someone reads the value
        form.fields().forEach(f -> f.property().addListener((o, a, b) -> edit.edited()));
        form.children().ifPresent(c -> c.rows().addListener((ListChangeListener<Object>) ch -> edit.edited()));
        List<StringProperty> names = form.nameFields();
        this.nameHints = names.isEmpty() ? null : new NameHints(session, runner, names.get(0), names.get(1), null);
        this.duplicates = new SavedDuplicates(session, runner, this::leave, kept -> {
            refresh();
            onChanged.run();
            open(kept.id());
        });
        commands = ScreenCommands.builder()
                .on(AppAction.NEW_RECORD, this::newRecord, ScreenCommands.ALWAYS)
                .on(AppAction.SAVE, this::save, edit.dirtyProperty())
                .on(AppAction.CANCEL, this::cancel, edit.dirtyProperty())
                .on(AppAction.DUPLICATE, this::duplicate, recordOpen)
                .on(AppAction.DELETE, this::delete, recordOpen)
                .on(AppAction.LINK, related::pickAndLink, recordOpen)
                .on(AppAction.BACK, this::back, recordOpen)
                .build();
    }

    /** How a save of this screen's record goes. */
    private final class Editor implements EditSession.Editor<T> {
        @Override
        public List<String> problems() {
            return RecordScreenViewModel.this.problems();
        }

        @Override
        public Callable<SaveResult<T>> save() {
            T rec = form.build(id, original == null ? null : original.ref(), original == null ? 0 : original.version());
            RecordChanges<T> changes = new RecordChanges<>(rec, original == null, form.childChanges(id),
                    related.pendingLinks(), related.pendingCitations());
            Workspace w = session.workspace();
            return () -> w.records().save(changes);
        }

        @Override
        public void saved(T record) {
            refresh();
            onChanged.run();
            if (nameHints != null) {
                duplicates.check(record);
            }
            open(record.id());
        }

        @Override
        public void reload() {
            open(id);
        }

        @Override
        public void rebase(Map<UUID, Long> versions, T theirs) {
            original = theirs;
            form.rebaseChildren(versions);
        }
    }

    /** Called after anything was saved or deleted, so that counts stay right. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    @Override
    public ScreenCommands commands() {
        return commands;
    }

    @Override
    public void activate() {
        refresh();
    }

    @Override
    public Optional<ShownRecords> shown() {
        return Optional.of(list.shown());
    }

    public void refresh() {
        list.refresh();
    }

    @Override
    public void open(UUID recordId) {
        open(recordId, Map.of());
    }

    private void open(UUID recordId, Map<String, String> draft) {
        Workspace w = session.workspace();
        tasks.run(lang("opening the {0}", form.noun()), () -> w.records().<T>open(form.kind(), recordId), story -> {
            show(story);
            FormDraft.apply(draftFields(), draft);
        }, e -> edit.problem(message(e)));
    }

    @Override
    public Optional<Unsaved> unsaved() {
        if (!recordOpen.get() || !edit.dirtyProperty().get()) {
            return Optional.empty();
        }
        return Optional.of(new Unsaved(form.kind(), original == null ? null : original.id(),
                original == null ? null : original.ref().toString(),
                original == null ? lang("a new {0}", form.noun()) : RecordItem.of(original).toString(),
                FormDraft.capture(draftFields())));
    }

    @Override
    public void restoreDraft(UUID recordId, Map<String, String> fields) {
        if (recordId != null) {
            open(recordId, fields);
            return;
        }
        Workspace w = session.workspace();
        T blank = form.blank();
        tasks.run(lang("preparing a new {0}", form.noun()), () -> w.records().prepareNew(blank), story -> {
            show(story);
            startUnsaved(lang("New {0}", form.noun()));
            FormDraft.apply(draftFields(), fields);
        }, e -> edit.problem(message(e)));
    }

    /** The form's own fields by label, as a draft keeps them (child rows are not kept). */
    private Map<String, javafx.beans.property.Property<?>> draftFields() {
        Map<String, javafx.beans.property.Property<?>> out = new java.util.LinkedHashMap<>();
        form.fields().forEach(f -> out.put(f.label(), f.property()));
        return out;
    }

    private void show(RecordStory<T> story) {
        if (forgotten) {
            return;
        }
        edit.fill(() -> {
            original = story.record();
            id = original.id();
            duplicates.shown(id);
            form.useSources(story.sources(), story.sourceDates());
            form.load(original);
            related.show(form.kind(), id, story.related());
            related.useParts(form.linkableParts(original));
            files.ifPresent(f -> f.show(form.kind(), id));
            edit.start(RecordItem.of(original).toString(), false);
            history.show(form.kind(), id, RecordItem.of(original).toString());
            recordOpen.set(true);
        });
    }

    public void newRecord() {
        Workspace w = session.workspace();
        T blank = form.blank();
        tasks.run(lang("preparing a new {0}", form.noun()), () -> w.records().prepareNew(blank), story -> {
            show(story);
            startUnsaved(lang("New {0}", form.noun()));
            edit.blank();
        }, e -> edit.problem(message(e)));
    }

    public void duplicate() {
        if (recordOpen.get()) {
            startUnsaved(lang("Copy of {0}", edit.titleProperty().get()));
            form.detachChildren();
        }
    }

    private void startUnsaved(String heading) {
        original = null;
        id = UUID.randomUUID();
        duplicates.shown(id);
        related.showUnsaved(form.kind(), id);
        history.show(form.kind(), null, heading);
        files.ifPresent(f -> f.showUnsaved(form.noun()));
        edit.start(lang("{0} (not saved)", heading), true);
    }

    /** Every problem of the form, one per line; empty when it can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        form.fields().stream().map(FormField::currentProblem).filter(Objects::nonNull).forEach(out::add);
        form.children().ifPresent(c -> out.addAll(c.problems()));
        return out;
    }

    public void save() {
        edit.save(() -> { });
    }

    public void cancel() {
        if (original != null) {
            open(original.id());
        } else {
            edit.stop();
            recordOpen.set(false);
        }
    }

    public void delete() {
        if (original == null) {
            return;
        }
        deleter.delete(RecordItem.of(original), () -> {
            original = null;
            recordOpen.set(false);
            edit.stop();
            refresh();
            onChanged.run();
        });
    }

    public void back() {
        leave(() -> {
            edit.stop();
            recordOpen.set(false);
        });
    }

    @Override
    public void leave(Runnable proceed) {
        edit.leave(proceed);
    }

    @Override
    public void forget() {
        forgotten = true;
        list.forget();
        duplicates.forget();
        if (nameHints != null) {
            nameHints.forget();
        }
        edit.forget();
        edit.fill(() -> {
            original = null;
            id = null;
            form.useSources(List.of(), SourceDates.NONE);
            form.load(form.blank());
            related.show(form.kind(), null, Related.NONE);
            history.forget();
            files.ifPresent(AttachmentsViewModel::forget);
            recordOpen.set(false);
        });
    }

    public RecordForm<T> form() {
        return form;
    }

    public RelatedRecords related() {
        return related;
    }

    /** "Also found as: …" under the name, for records that name someone. */
    public Optional<NameHints> nameHints() {
        return Optional.ofNullable(nameHints);
    }

    /** The likely duplicates of the record just saved (only records that name someone have any). */
    public SavedDuplicates duplicates() {
        return duplicates;
    }

    /** The History tab of the record open. */
    public HistoryViewModel history() {
        return history;
    }

    public Optional<AttachmentsViewModel> files() {
        return files;
    }

    /** The list beside the form: its search, its count and its rows. */
    public RecordList<T> list() {
        return list;
    }

    /** True while a record is open in the form. */
    public ReadOnlyBooleanProperty recordOpenProperty() {
        return recordOpen.getReadOnlyProperty();
    }

    /** False while a form just opened is untouched: its fields' problems are not marked yet. */
    public ReadOnlyBooleanProperty problemsShownProperty() {
        return edit.problemsShownProperty();
    }

    /** Changes each time a blank form is shown, for the view to put the user in its first field. */
    public javafx.beans.property.ReadOnlyIntegerProperty blanksShownProperty() {
        return edit.blanksShownProperty();
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return edit.dirtyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return edit.titleProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return edit.problemProperty();
    }

    public T original() {
        return original;
    }
}

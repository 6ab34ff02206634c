package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.edit.FormDraft;
import org.returnwatch.desktop.links.LinkDialogs;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.RecordDeleter;
import org.returnwatch.desktop.shell.Screen;
import org.returnwatch.desktop.shell.ScreenCommands;
import org.returnwatch.desktop.shell.ShownRecords;
import org.returnwatch.desktop.shell.Unsaved;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.Selection;

/** The Cases place: the table, and one case opened over it. */
public final class CasesScreen implements Screen {
    private final RecordDeleter deleter;
    private final CaseListViewModel list;
    private final CaseDetailViewModel detail;
    private final ObjectProperty<Case> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper recordOpen = new ReadOnlyBooleanWrapper(this, "recordOpen");
    private final ReadOnlyBooleanWrapper hasRecord = new ReadOnlyBooleanWrapper(this, "hasRecord");
    private final ScreenCommands commands;
    private Runnable onChanged = () -> { };

    public CasesScreen(Session session, TaskRunner runner, DialogService dialogs, LinkDialogs linkDialogs,
                       RecordDeleter deleter) {
        this.deleter = deleter;
        this.list = new CaseListViewModel(session, runner);
        this.detail = new CaseDetailViewModel(session, runner, dialogs, linkDialogs);
        detail.work().useUndo(deleter::offerUndo);
        detail.setOnSaved(() -> {
            list.refresh();
            onChanged.run();
        });
        detail.related().setOnChanged(() -> onChanged.run());
        hasRecord.bind(Bindings.isNotNull(selected).or(recordOpen));
        commands = ScreenCommands.builder()
                .on(AppAction.NEW_RECORD, this::newRecord, ScreenCommands.ALWAYS)
                .on(AppAction.SAVE, this::save, detail.dirtyProperty())
                .on(AppAction.CANCEL, this::cancel, detail.dirtyProperty())
                .on(AppAction.DUPLICATE, this::duplicate, hasRecord)
                .on(AppAction.DELETE, this::delete, hasRecord)
                .on(AppAction.LINK, this::link, recordOpen)
                .on(AppAction.BACK, this::back, recordOpen)
                .build();
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
    public Optional<ShownRecords> shown() {
        CaseQuery q = list.currentQuery();
        return Optional.of(new ShownRecords(Selection.ofCases(q), lang("The {0} the list shows"
                + "{1}"
                + "{2}", shownCases(), how(q),
                (list.matchesProperty().get() == 1 ? lang(", with its incidents") : lang(", with their incidents")))));
    }

    /** The cases the list shows, in words: "The 3 cases the list shows (search “xie”, 1 filter)". */
    public String listInWords() {
        return lang("The {0} the list shows{1}", shownCases(), how(list.currentQuery()));
    }

    private String shownCases() {
        // while a large search is still being counted, the number is not known yet
        return list.countingProperty().get() ? lang("cases") : list.matchesTextProperty().get();
    }

    private static String how(CaseQuery q) {
        int filters = q.tactics().size() + q.residenceCountries().size() + q.outcomes().size() + q.campaigns().size()
                + q.years().size() + q.kinds().size() + q.statuses().size() + (q.openedSince() == null ? 0 : 1);
        List<String> how = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            how.add(lang("search “{0}”", q.text().strip()));
        }
        if (filters > 0) {
            how.add(filters == 1 ? lang("1 filter") : lang("{0} filters", filters));
        }
        return how.isEmpty() ? "" : " (" + String.join(", ", how) + ")";
    }

    @Override
    public void activate() {
        list.load();
    }

    @Override
    public void open(UUID id) {
        detail.load(id);
        recordOpen.set(true);
    }

    @Override
    public Optional<Unsaved> unsaved() {
        if (!recordOpen.get() || !detail.dirtyProperty().get()) {
            return Optional.empty();
        }
        Case c = detail.originalProperty().get();
        return Optional.of(new Unsaved(RecordKind.CASE, c == null ? null : c.id(), c == null ? null : c.ref()
                .toString(),
                c == null ? lang("a new case") : RecordItem.of(c).toString(), FormDraft.capture(detail.draftFields())));
    }

    @Override
    public void restoreDraft(UUID recordId, java.util.Map<String, String> fields) {
        if (recordId == null) {
            detail.newCase(fields);
        } else {
            detail.load(recordId, fields);
        }
        recordOpen.set(true);
    }

    public void newRecord() {
        detail.newCase();
        recordOpen.set(true);
    }

    public void save() {
        if (recordOpen.get()) {
            detail.save(() -> { });
        }
    }

    public void cancel() {
        if (recordOpen.get()) {
            // a case never saved has nothing to go back to: cancelling it closes it
            boolean unsaved = detail.originalProperty().get() == null;
            detail.cancel();
            if (unsaved) {
                recordOpen.set(false);
            }
        }
    }

    public void duplicate() {
        if (recordOpen.get()) {
            detail.duplicate();
        } else if (selected.get() != null) {
            // open the case first; the copy is made once it has been read
            UUID id = selected.get().id();
            detail.loadedProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        o.removeListener(this);
                        detail.duplicate();
                    }
                }
            });
            open(id);
        }
    }

    public void delete() {
        current().ifPresent(item -> deleter.delete(item, () -> {
            // the case table binds the selection to its own; its new rows clear it there
            if (!selected.isBound()) {
                selected.set(null);
            }
            recordOpen.set(false);
            list.refresh();
            onChanged.run();
        }));
    }

    private Optional<RecordItem> current() {
        if (recordOpen.get()) {
            Case c = detail.originalProperty().get();
            return c == null ? Optional.empty() : Optional.of(RecordItem.of(c));
        }
        return Optional.ofNullable(selected.get()).map(RecordItem::of);
    }

    public void link() {
        detail.related().pickAndLink();
    }

    public void back() {
        leave(() -> {
            recordOpen.set(false);
            list.refresh();
        });
    }

    @Override
    public void leave(Runnable proceed) {
        if (recordOpen.get()) {
            detail.leave(proceed);
        } else {
            proceed.run();
        }
    }

    @Override
    public void forget() {
        list.forget();
        detail.forget();
        recordOpen.set(false);
    }

    /** True while a case is open over the list. */
    public ReadOnlyBooleanProperty recordOpenProperty() {
        return recordOpen.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return detail.dirtyProperty();
    }

    public ObjectProperty<Case> selectedProperty() {
        return selected;
    }

    public CaseListViewModel list() {
        return list;
    }

    public CaseDetailViewModel detail() {
        return detail;
    }
}

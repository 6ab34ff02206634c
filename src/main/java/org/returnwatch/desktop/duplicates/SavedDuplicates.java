package org.returnwatch.desktop.duplicates;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.Duplicates;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.DomainRecord;

/**
 * The likely duplicates of a case or actor just saved, shown above its form without stopping
 * anything: the save is done before they are looked for. Each can be opened, merged, or marked as
 * not the same person; the bar goes when another record is shown.
 */
public final class SavedDuplicates {
    private final Session session;
    private final Tasks tasks;
    private final Consumer<Runnable> leave;
    private final Consumer<DomainRecord> afterMerge;
    private final ObservableList<Duplicates.Pair> pairs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper canMerge = new ReadOnlyBooleanWrapper(this, "canMerge");
    private MergeFlow merges;
    private UUID about;

    /**
     * @param leave      how the screen is left first (asking about unsaved changes), before a merge
     * @param afterMerge what the screen does with the kept record once a merge is written
     */
    public SavedDuplicates(Session session, TaskRunner runner, Consumer<Runnable> leave,
                           Consumer<DomainRecord> afterMerge) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.leave = leave;
        this.afterMerge = afterMerge;
    }

    /** The window's merge; without it, Merge… is not offered. */
    public void setMerges(MergeFlow mergeFlow) {
        this.merges = mergeFlow;
        canMerge.set(mergeFlow != null);
    }

    /** Looks for the records {@code saved} may duplicate, in the background. */
    public void check(DomainRecord saved) {
        Workspace w = session.workspace();
        tasks.supersede();
        about = saved.id();
        pairs.clear();
        notice.set("");
        tasks.runAside(lang("looking for duplicates"), () -> w.duplicates().of(saved.kind(), saved.id(),
                Duplicates.DEFAULT_MIN_SCORE), pairs::setAll, e -> notice.set(message(e)));
    }

    /** A record is shown: the bar stays only if it is about that record. */
    public void shown(UUID id) {
        if (!Objects.equals(id, about)) {
            dismiss();
        }
    }

    public void notSamePerson(Duplicates.Pair p) {
        NotSame.mark(session, tasks, p, pairs, notice);
    }

    public void merge(Duplicates.Pair p) {
        if (merges == null) {
            return;
        }
        leave.accept(() -> merges.start(p.first(), p.second(), r -> {
            pairs.clear();
            about = r.kept().id();
            notice.set(MergeFlow.describe(r));
            afterMerge.accept(r.kept());
        }));
    }

    /** Closes the bar. */
    public void dismiss() {
        tasks.supersede();
        about = null;
        pairs.clear();
        notice.set("");
    }

    /** Drops everything (on lock). */
    public void forget() {
        tasks.cancelAll();
        about = null;
        pairs.clear();
        notice.set("");
    }

    /** Each with the record saved first, then the one it may duplicate. */
    public ObservableList<Duplicates.Pair> pairs() {
        return pairs;
    }

    /** What was last done from the bar (a merge, a pair marked), or why it failed. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMergeProperty() {
        return canMerge.getReadOnlyProperty();
    }
}

package org.returnwatch.desktop.duplicates;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.Duplicates;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.Screen;
import org.returnwatch.desktop.shell.ScreenCommands;
import org.returnwatch.desktop.shell.ShownRecords;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.RecordKind;

/**
 * "Possible duplicates": the pairs of cases (or actors) over the whole database that may be one
 * person, best first, each with its score and the reasons in words. A pair can be merged or marked
 * as not the same person. The comparison runs in the background; a new filter supersedes it.
 */
public final class DuplicatesScreen implements Screen {
    /** The kinds of record that can have duplicates. */
    public static final List<RecordKind> KINDS = List.of(RecordKind.CASE, RecordKind.ACTOR);

    private final Session session;
    private final Tasks tasks;
    private final MergeFlow merges;
    private final ObjectProperty<RecordKind> kind = new SimpleObjectProperty<>(this, "kind", RecordKind.CASE);
    private final IntegerProperty minScore = new SimpleIntegerProperty(this, "minScore", Duplicates.DEFAULT_MIN_SCORE);
    private final ObservableList<Duplicates.Pair> pairs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ScreenCommands commands = ScreenCommands.builder().build();
    private Runnable onChanged = () -> { };
    private boolean forgotten;

    public DuplicatesScreen(Session session, TaskRunner runner, MergeFlow merges) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.merges = merges;
        kind.addListener((o, a, b) -> refresh());
        minScore.addListener((o, a, b) -> refresh());
    }

    /** Called after a merge, so that counts stay right. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    @Override
    public void activate() {
        refresh();
    }

    /** Compares every record of the kind chosen again, in the background. */
    public void refresh() {
        if (forgotten || !session.isUnlocked()) {
            return;
        }
        Workspace w = session.workspace();
        RecordKind k = kind.get();
        int min = minScore.get();
        tasks.supersede();
        searching.set(true);
        status.set(lang("Comparing the names of every {0}…", org.returnwatch.app.RecordItem.kindWord(k)));
        tasks.runAside(lang("looking for duplicates"), () -> w.duplicates().all(k, min), found -> {
            searching.set(false);
            pairs.setAll(found);
            status.set(found.isEmpty() ? lang("No pair of {0} scores {1} or more.", lang(k.plural()), min)
                    : found.size() + (found.size() == 1 ? lang(" pair") : lang(" pairs")) + lang(" of {0} scoring "
                    + "{1} or more, best first.", lang(k.plural()), min));
        }, e -> {
            searching.set(false);
            status.set(message(e));
        });
    }

    public void notSamePerson(Duplicates.Pair p) {
        NotSame.mark(session, tasks, p, pairs, notice);
    }

    public void merge(Duplicates.Pair p) {
        merges.start(p.first(), p.second(), r -> {
            notice.set(MergeFlow.describe(r));
            onChanged.run();
            refresh();
        });
    }

    @Override
    public void open(UUID id) {
        // the pairs are not records of their own: a record opens on its own screen
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public void leave(Runnable proceed) {
        proceed.run();
    }

    @Override
    public void forget() {
        forgotten = true;
        tasks.cancelAll();
        merges.forget();
        pairs.clear();
        status.set("");
        notice.set("");
    }

    @Override
    public ScreenCommands commands() {
        return commands;
    }

    @Override
    public Optional<ShownRecords> shown() {
        return Optional.empty();
    }

    public ObjectProperty<RecordKind> kindProperty() {
        return kind;
    }

    public IntegerProperty minScoreProperty() {
        return minScore;
    }

    public ObservableList<Duplicates.Pair> pairs() {
        return pairs;
    }

    /** True while the comparison runs. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** How many pairs were found, or what is being done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What was last done (a merge, a pair marked), or why it failed. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}

package org.returnwatch.desktop.duplicates;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.Map;
import java.util.function.Consumer;
import org.returnwatch.app.Merging;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.RecordDeleter;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.Reference;

/**
 * Merging two records from anywhere in a window: both are read, shown side by side, merged once the
 * user says so, and the merge becomes what Edit → Undo undoes next. A record changed or deleted
 * elsewhere meanwhile refuses the merge with a message and changes nothing.
 */
public final class MergeFlow {
    private final Session session;
    private final TaskRunner runner;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final MergeDialogs mergeDialogs;
    private final RecordDeleter undo;

    /** @param undo the window's undo of the last record taken away; a merge takes one away too */
    public MergeFlow(Session session, TaskRunner runner, DialogService dialogs, MergeDialogs mergeDialogs,
                     RecordDeleter undo) {
        this.session = session;
        this.runner = runner;
        this.tasks = new Tasks(runner);
        this.dialogs = dialogs;
        this.mergeDialogs = mergeDialogs;
        this.undo = undo;
    }

    /**
     * Proposes to keep the older of the two (the lower reference) and merge the other into it; the
     * dialog can swap them. {@code after} runs once the merge is written.
     */
    public void start(RecordItem a, RecordItem b, Consumer<Merging.Result> after) {
        RecordItem kept = a.ref().compareTo(b.ref()) <= 0 ? a : b;
        RecordItem removed = kept == a ? b : a;
        Workspace w = session.workspace();
        tasks.run(lang("reading the two records"), () -> w.merging().preview(kept.kind(), kept.id(), removed.id()),
                p -> ask(w, p, after), e -> dialogs.showError(lang("Merge"), message(e)));
    }

    private void ask(Workspace w, Merging.Preview first, Consumer<Merging.Result> after) {
        MergeViewModel vm = new MergeViewModel(w, runner, first);
        if (!mergeDialogs.askMerge(vm)) {
            return;
        }
        Merging.Preview seen = vm.previewProperty().get();
        Map<String, Merging.Choice> choices = vm.choices();
        tasks.run("merging", () -> w.merging().merge(seen, choices), r -> {
            Reference removedRef = r.removed();
            undo.offerUndo(new RecordDeleter.Undo(lang("Undo merge"), ws -> ws.merging().undo(removedRef)));
            after.accept(r);
        }, e -> dialogs.showError(lang("Merge"), message(e)));
    }

    /** "RW-C-0101 was merged into RW-C-0100 …", for the notice shown after a merge. */
    public static String describe(Merging.Result r) {
        return lang("{0} was merged into {1} ({2} incidents, "
                + "{3} links and {4} citations moved). Edit → Undo delete or merge "
                + "(Ctrl+Z) undoes it.", r.removed(), RecordItem.of(r.kept()), r.incidents(), r.links(), r.citations());
    }

    /** Drops the answers on their way (on lock). */
    public void forget() {
        tasks.cancelAll();
    }
}

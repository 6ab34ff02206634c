package org.returnwatch.desktop.protect;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.List;
import org.returnwatch.app.DraftEdit;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;

/**
 * After every unlock, offers back the edits a lock kept as drafts: "You were editing RW-C-0007 when
 * the window locked: restore your changes?" Yes puts them on the record's form, unsaved; No forgets
 * them. Either way the draft is then removed from the database. One draft is restored per unlock
 * (a window shows one record); any others are offered at the next unlock.
 */
public final class DraftOffer {
    /** Opens the draft's record in a window with its edits on the form. */
    public interface Restorer {
        void restore(DraftEdit draft);
    }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Restorer restorer;

    public DraftOffer(Session session, TaskRunner runner, DialogService dialogs, Restorer restorer) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.restorer = restorer;
        session.workspaceProperty().addListener((o, was, now) -> {
            if (now != null) {
                offer(now);
            }
        });
    }

    private void offer(Workspace w) {
        runner.run(lang("looking for unsaved changes kept at the lock"), () -> w.drafting().waiting(),
                drafts -> ask(w, drafts),
                e -> dialogs.showError(lang("Unsaved changes"),
                        lang("The changes kept when the window locked cannot be offered "
                        + "back: {0}", message(e))));
    }

    private void ask(Workspace w, List<DraftEdit> drafts) {
        if (drafts.isEmpty() || session.workspaceProperty().get() != w) {
            return;
        }
        DraftEdit d = drafts.get(drafts.size() - 1);
        String what = d.ref() != null ? d.ref() : d.label();
        boolean restore = dialogs.confirm(lang("Unsaved changes"), lang("You were editing {0} when the window locked: "
                + "restore your changes?\n\nThey were kept encrypted in the database. If you do not restore them now, "
                + "they are thrown away.", what), lang("Restore changes"));
        runner.run(lang("forgetting the kept changes"), () -> {
            w.drafting().discard(d.id());
            return true;
        }, ok -> { }, e -> { });
        if (restore) {
            restorer.restore(d);
        }
    }
}

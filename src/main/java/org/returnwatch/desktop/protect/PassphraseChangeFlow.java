package org.returnwatch.desktop.protect;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.returnwatch.app.Databases;
import org.returnwatch.app.OpenRefused;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.Progress;
import org.returnwatch.desktop.task.TaskRunner;

/**
 * File → Change passphrase. Every window first deals with its unsaved changes; the current passphrase
 * is checked before anything is closed, so a typing mistake changes nothing. Then the database is
 * closed, encrypted anew under the new passphrase (with its progress on show) and opened again under
 * it: the windows go on where they were, with fresh screens. The window never keeps either passphrase.
 */
public final class PassphraseChangeFlow {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final PassphraseDialogs passphrases;
    private final Databases databases;
    private Consumer<Runnable> leaveAll = Runnable::run;
    private Runnable locked = () -> { };

    public PassphraseChangeFlow(Session session, TaskRunner runner, DialogService dialogs,
                                PassphraseDialogs passphrases, Databases databases) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.passphrases = passphrases;
        this.databases = databases;
    }

    /**
     * @param leaveAllWindows asks every window about unsaved changes, then runs what it is given
     * @param showLocked      shows the passphrase screen, when the database could not be opened again
     */
    public void setWindows(Consumer<Runnable> leaveAllWindows, Runnable showLocked) {
        this.leaveAll = leaveAllWindows;
        this.locked = showLocked;
    }

    public void change() {
        if (!session.isUnlocked()) {
            return;
        }
        leaveAll.accept(() -> passphrases.askNewPassphrase().ifPresent(this::check));
    }

    private void check(NewPassphrase typed) {
        Path file = session.file();
        runner.run(lang("checking the passphrase"), () -> {
            databases.checkPassphrase(file, typed.current());
            return true;
        }, ok -> change(file, typed), e -> {
            typed.wipe();
            dialogs.showError(lang("Change passphrase"), wrong(e)
                    ? lang("The current passphrase is wrong. Nothing was changed; "
                    + "the database keeps its passphrase.") : lang("{0}\n\nNothing was changed.", message(e)));
        });
    }

    private void change(Path file, NewPassphrase typed) {
        // every window forgets what it read: the database is closed while its file is encrypted anew
        Workspace open = session.lock();
        Progress progress = new Progress(lang("Encrypting the database under the new passphrase"), runner.ui());
        DialogService.ProgressView view = dialogs.showProgress(progress);
        runner.run(lang("changing the passphrase"), () -> {
            try {
                return databases.changePassphrase(open, file, typed.current(), typed.fresh(), progress);
            } finally {
                typed.wipe();
            }
        }, done -> {
            view.close();
            changed(done);
        }, e -> {
            view.close();
            locked.run();
            dialogs.showError(lang("Change passphrase"), message(e));
        });
    }

    private void changed(Databases.PassphraseChanged done) {
        if (done.reopened() != null) {
            session.unlocked(done.reopened());
        } else {
            locked.run();
        }
        if (done.failure() == null) {
            dialogs.showInfo(lang("Change passphrase"), lang("The passphrase of {0} is changed: from now on "
                    + "only the new one opens it.\n\nBackups made before still open with the old passphrase.",
                    session.file()));
        } else {
            dialogs.showError(lang("Change passphrase"), lang("The passphrase was not changed: {0}"
                    + "{1}", message(done.failure()), (done.reopened() == null ? ""
                    : lang("\n\nThe database is open again under its current passphrase."))));
        }
    }

    private static boolean wrong(Throwable e) {
        return e instanceof OpenRefused r && r.reason() == OpenRefused.Reason.WRONG_PASSPHRASE;
    }
}

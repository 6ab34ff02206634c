package org.returnwatch.desktop.shell;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.nio.file.Path;
import java.util.List;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.unlock.UnlockViewModel;

/**
 * Lock, switching to another database, a new window, and quitting: what acts on the whole program
 * rather than on one screen. The window asks about unsaved changes before calling these.
 */
public final class DatabaseCommands {
    private final Session session;
    private final Databases databases;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final UnlockViewModel unlock;
    private final Runnable quit;
    private final Runnable newWindow;

    public DatabaseCommands(Session session, Databases databases, TaskRunner runner, DialogService dialogs,
                            UnlockViewModel unlock, Runnable quit, Runnable newWindow) {
        this.session = session;
        this.databases = databases;
        this.runner = runner;
        this.dialogs = dialogs;
        this.unlock = unlock;
        this.quit = quit;
        this.newWindow = newWindow;
    }

    /** Closes the database (in the background) and shows the passphrase screen again. */
    public void lock() {
        lock(List.of());
    }

    /**
     * Locks at once, asking nothing: the unsaved edits of the windows (read from their forms just
     * before) are kept as drafts inside the encrypted database, then it is closed. Every window forgets
     * its screens the moment the session locks, before anything is written.
     */
    public void lock(List<Unsaved> edits) {
        Workspace w = session.lock();
        if (w == null || edits.isEmpty()) {
            close(w);
            return;
        }
        runner.run(lang("keeping unsaved changes and closing the database"), () -> {
            try {
                for (Unsaved u : edits) {
                    w.drafting().keep(u.kind(), u.recordId(), u.ref(), u.label(), u.fields());
                }
            } finally {
                w.close();
            }
            return true;
        }, ok -> unlock.prepare(), e -> unlock.prepare());
    }

    private void close(Workspace w) {
        if (w == null) {
            unlock.prepare();
            return;
        }
        runner.run(lang("closing the database"), () -> {
            w.close();
            return true;
        }, ok -> unlock.prepare(), e -> unlock.prepare());
    }

    public void newDatabase() {
        dialogs.chooseNewDatabase().ifPresent(p -> switchTo(p, true));
    }

    public void openDatabase() {
        dialogs.chooseDatabase().ifPresent(p -> switchTo(p, false));
    }

    private void switchTo(Path typed, boolean create) {
        runner.run(lang("looking at the file"), () -> {
            Path file = databases.resolve(typed);
            return new Looked(file, databases.exists(file));
        }, looked -> {
            if (create && looked.exists()) {
                dialogs.showError(lang("New database"), lang("A database already exists at {0}"
                        + ". Choose another name.", looked.file()));
            } else if (!create && !looked.exists()) {
                dialogs.showError(lang("Open database"), lang("There is no database at {0}.", looked.file()));
            } else {
                Workspace open = session.lock();
                session.switchTo(looked.file());
                close(open);
            }
        }, e -> dialogs.showError(lang("Database"), message(e)));
    }

    private record Looked(Path file, boolean exists) {
    }

    public void quit() {
        quit.run();
    }

    public void newWindow() {
        newWindow.run();
    }
}

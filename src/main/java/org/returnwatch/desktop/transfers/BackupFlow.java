package org.returnwatch.desktop.transfers;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.returnwatch.app.Databases;
import org.returnwatch.app.OpenRefused;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.work.CancelledException;

/**
 * File → Back up and File → Restore from backup. Both ask for the passphrase again: the window keeps
 * only the open database, never the passphrase. A restore closes the database (after every window
 * has dealt with its unsaved changes), replaces it only once the whole backup has been checked, and
 * opens it again; if anything goes wrong the database is left as it was and opened again as it was.
 */
public final class BackupFlow {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Databases databases;
    private final LongWork work;
    private final Supplier<LocalDate> today;
    private Consumer<Runnable> leaveAll = Runnable::run;
    private Runnable locked = () -> { };

    public BackupFlow(Session session, TaskRunner runner, DialogService dialogs, Databases databases,
                      Supplier<LocalDate> today) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.databases = databases;
        this.work = new LongWork(runner, dialogs);
        this.today = today;
    }

    /**
     * @param leaveAll asks every window about unsaved changes, then runs what it is given
     * @param locked   shows the passphrase screen, when a restore could not open the database again
     */
    public void setWindows(Consumer<Runnable> leaveAll, Runnable locked) {
        this.leaveAll = leaveAll;
        this.locked = locked;
    }

    public void backup() {
        if (!session.isUnlocked()) {
            return;
        }
        dialogs.chooseExportFile(lang("Back up the database"), "returnwatch-" + today.get() + ".rwbackup",
                lang("ReturnWatch backup"), "rwbackup").ifPresent(out -> dialogs.askPassphrase(lang("Back up"),
                lang("The backup is encrypted with this database's passphrase, and only opens with it. Type the "
                        + "passphrase to go on.")).ifPresent(p -> backup(FileNames.withExtension(out, "rwbackup"), p)));
    }

    private void backup(Path out, char[] passphrase) {
        Workspace w = session.workspace();
        work.run(lang("Backing up to {0}", out.getFileName()), lang("backing up"), progress -> {
            try {
                return w.transfers().backup(out, passphrase, progress);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, n -> dialogs.showInfo(lang("Back up"),
                lang("Backed up the whole database to {0}.\n\nThe backup is encrypted "
                + "and opens only with this database's passphrase. Keep it somewhere other than this computer.", out)),
                e -> dialogs.showError(lang("Back up"), e instanceof CancelledException
                        ? lang("Back up was cancelled. No "
                        + "backup was written.") : wrongPassphrase(e) ? lang("That is not this database's "
                        + "passphrase. No backup was written.") : lang("No backup was written: {0}", message(e))));
    }

    private static boolean wrongPassphrase(Throwable e) {
        return e instanceof OpenRefused r && r.reason() == OpenRefused.Reason.WRONG_PASSPHRASE;
    }

    public void restore() {
        if (!session.isUnlocked()) {
            return;
        }
        Path file = session.file();
        dialogs.chooseFileToOpen(lang("Restore from a backup"), lang("ReturnWatch backup (.rwbackup)"), "rwbackup")
                .filter(backup -> dialogs.confirm(lang("Restore from backup"), lang("Replace everything in {0}"
                        + " with the contents of {1}?\n\nWhatever was recorded after that "
                        + "backup was made is lost. The backup is checked whole before anything is replaced: a "
                        + "damaged or foreign file changes nothing.", file, backup.getFileName()), lang("Restore")))
                // unsaved changes are dealt with before the passphrase is asked, so that none is held
                // while a window waits for an answer that may never come (Stay)
                .ifPresent(backup -> leaveAll.accept(() -> dialogs.askPassphrase(lang("Restore from backup"),
                        lang("Type this "
                        + "database's passphrase. The backup must have been made with the same passphrase."))
                        .ifPresent(p -> checkThenRestore(backup, file, p))));
    }

    /** The passphrase is checked against the open database first, so a typing mistake closes nothing. */
    private void checkThenRestore(Path backup, Path file, char[] passphrase) {
        runner.run(lang("checking the passphrase"), () -> {
            databases.checkPassphrase(file, passphrase);
            return true;
        }, ok -> restore(backup, file, passphrase), e -> {
            Arrays.fill(passphrase, '\0');
            dialogs.showError(lang("Restore from backup"), wrongPassphrase(e)
                    ? lang("That is not this database's passphrase. "
                    + "Nothing was changed.") : message(e));
        });
    }

    private void restore(Path backup, Path file, char[] passphrase) {
        // every window forgets what it read from the database that is about to be replaced
        Workspace open = session.lock();
        work.run(lang("Restoring from {0}", backup.getFileName()), "restoring", progress -> {
            try {
                return databases.restore(open, file, backup, passphrase, progress);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, this::restored, e -> {
            locked.run();
            dialogs.showError(lang("Restore from backup"), message(e));
        });
    }

    private void restored(Databases.Restored r) {
        if (r.reopened() != null) {
            session.unlocked(r.reopened());
        } else {
            locked.run();
        }
        if (r.failure() == null) {
            dialogs.showInfo(lang("Restore from backup"), lang("Restored {0} from the backup: "
                    + "{1}.", session.file(),
                    r.counts().entrySet().stream().filter(e -> e.getKey() != RecordKind.DATA_POINT)
                    .map(e -> e.getValue() + " " + lang(e.getKey().plural())).collect(Collectors.joining(", "))));
        } else if (r.failure() instanceof CancelledException) {
            dialogs.showInfo(lang("Restore from backup"),
                    lang("Restore was cancelled. The database was left as it was."));
        } else {
            dialogs.showError(lang("Restore from backup"), message(r.failure())
                    + (r.reopened() == null ? "" : lang("\n\nThe database was left as it was, and is open again.")));
        }
    }
}

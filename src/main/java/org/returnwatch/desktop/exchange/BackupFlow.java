package org.returnwatch.desktop.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.DatabaseOpener;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Backups;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.Store;
import org.returnwatch.store.WrongPassphraseException;
import org.returnwatch.work.CancelledException;

/**
 * File → Back up and File → Restore from backup. Both ask for the passphrase again: the window keeps
 * only the open database, never the passphrase. A restore closes the database (after every window
 * has dealt with its unsaved changes), replaces it only once the whole backup has been checked, and
 * opens it again; if anything goes wrong the database is left as it was and opened again as it was.
 */
public final class BackupFlow {
    /** What a restore ended with; the store is the database opened again, null if it could not be. */
    private record Restored(Store store, Map<RecordKind, Integer> counts, RuntimeException failure) {
    }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final DatabaseOpener opener;
    private final LongWork work;
    private final Supplier<LocalDate> today;
    private Consumer<Runnable> leaveAll = Runnable::run;
    private Runnable locked = () -> { };

    public BackupFlow(Session session, TaskRunner runner, DialogService dialogs, DatabaseOpener opener,
                      Supplier<LocalDate> today) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.opener = opener;
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
        dialogs.chooseExportFile("Back up the database", "returnwatch-" + today.get() + ".rwbackup",
                "ReturnWatch backup", "rwbackup").ifPresent(out -> dialogs.askPassphrase("Back up",
                "The backup is encrypted with this database's passphrase, and only opens with it. Type the "
                        + "passphrase to go on.").ifPresent(p -> backup(FileNames.withExtension(out, "rwbackup"), p)));
    }

    private void backup(Path out, Passphrase passphrase) {
        Store store = session.store();
        work.run("Backing up to " + out.getFileName(), "backing up", progress -> {
            try (passphrase) {
                return Backups.backup(store.database(), passphrase, out, progress);
            }
        }, n -> dialogs.showInfo("Back up", "Backed up the whole database to " + out + ".\n\nThe backup is encrypted "
                + "and opens only with this database's passphrase. Keep it somewhere other than this computer."),
                e -> dialogs.showError("Back up", e instanceof CancelledException ? "Back up was cancelled. No "
                        + "backup was written." : e instanceof WrongPassphraseException ? "That is not this database's "
                        + "passphrase. No backup was written." : "No backup was written: " + e.getMessage()));
    }

    public void restore() {
        if (!session.isUnlocked()) {
            return;
        }
        DatabaseFile file = session.file();
        dialogs.chooseFileToOpen("Restore from a backup", "ReturnWatch backup (.rwbackup)", "rwbackup")
                .filter(backup -> dialogs.confirm("Restore from backup", "Replace everything in " + file
                        + " with the contents of " + backup.getFileName() + "?\n\nWhatever was recorded after that "
                        + "backup was made is lost. The backup is checked whole before anything is replaced: a "
                        + "damaged or foreign file changes nothing.", "Restore"))
                // unsaved changes are dealt with before the passphrase is asked, so that none is held
                // while a window waits for an answer that may never come (Stay)
                .ifPresent(backup -> leaveAll.accept(() -> dialogs.askPassphrase("Restore from backup", "Type this "
                        + "database's passphrase. The backup must have been made with the same passphrase.")
                        .ifPresent(p -> checkThenRestore(backup, file, p))));
    }

    /** The passphrase is checked against the open database first, so a typing mistake closes nothing. */
    private void checkThenRestore(Path backup, DatabaseFile file, Passphrase passphrase) {
        runner.run("checking the passphrase", () -> {
            Database.checkPassphrase(file, passphrase);
            return true;
        }, ok -> restore(backup, file, passphrase), e -> {
            passphrase.close();
            dialogs.showError("Restore from backup", e instanceof WrongPassphraseException ? "That is not this "
                    + "database's passphrase. Nothing was changed." : e.getMessage());
        });
    }

    private void restore(Path backup, DatabaseFile file, Passphrase passphrase) {
        // every window forgets what it read from the database that is about to be replaced
        Store open = session.lock();
        work.run("Restoring from " + backup.getFileName(), "restoring", progress -> {
            try (passphrase) {
                if (open != null) {
                    open.close();
                }
                Map<RecordKind, Integer> counts = null;
                RuntimeException failure = null;
                try {
                    counts = Backups.restore(backup, file, passphrase, progress);
                } catch (RuntimeException e) {
                    failure = e;
                }
                Store reopened = null;
                try {
                    reopened = opener.open(file, passphrase);
                } catch (RuntimeException e) {
                    failure = failure != null ? failure : e;
                }
                return new Restored(reopened, counts, failure);
            }
        }, this::restored, e -> {
            locked.run();
            dialogs.showError("Restore from backup", e.getMessage());
        });
    }

    private void restored(Restored r) {
        if (r.store() != null) {
            session.unlocked(r.store());
        } else {
            locked.run();
        }
        if (r.failure() == null) {
            dialogs.showInfo("Restore from backup", "Restored " + session.file() + " from the backup: "
                    + r.counts().entrySet().stream().filter(e -> e.getKey() != RecordKind.DATA_POINT)
                    .map(e -> e.getValue() + " " + e.getKey().plural()).collect(Collectors.joining(", ")) + ".");
        } else if (r.failure() instanceof CancelledException) {
            dialogs.showInfo("Restore from backup", "Restore was cancelled. The database was left as it was.");
        } else {
            dialogs.showError("Restore from backup", r.failure().getMessage()
                    + (r.store() == null ? "" : "\n\nThe database was left as it was, and is open again."));
        }
    }
}

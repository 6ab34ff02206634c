package org.returnwatch.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.seed.SeedDataset;
import org.returnwatch.store.Backups;
import org.returnwatch.store.DataLocations;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.KdfParams;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.PassphraseChange;
import org.returnwatch.store.Store;
import org.returnwatch.store.StoreException;
import org.returnwatch.store.UnlockState;
import org.returnwatch.store.WrongPassphraseException;
import org.returnwatch.work.ProgressListener;

/**
 * Finding, creating, opening and restoring database files. Every method is slow (key derivation,
 * file work): call it off the window's thread. Passphrases arrive as character arrays, which stay
 * the caller's: each method works on a copy that it wipes, and the caller wipes its own.
 */
public final class Databases {
    private final KdfParams kdf;

    /** @param kdf the key derivation's cost for new databases (lower only in tests) */
    public Databases(KdfParams kdf) {
        this.kdf = kdf;
    }

    /** With the key derivation's standard cost. */
    public static Databases standard() {
        return new Databases(KdfParams.DEFAULT);
    }

    /** The user's default database ({@code RETURNWATCH_DB}, else the system's data folder). */
    public Path defaultFile() {
        return DataLocations.defaultDatabase().dataFile();
    }

    /** What a user typed as a database ("cases" → cases.mv.db); refuses a file that is not one. */
    public Path resolve(Path typed) {
        try {
            return DatabaseFile.of(typed).dataFile();
        } catch (StoreException e) {
            throw new OpenRefused(OpenRefused.Reason.NOT_OPENABLE, e.getMessage(), e);
        }
    }

    public boolean exists(Path file) {
        return DatabaseFile.of(file).exists();
    }

    /** Creates an encrypted database with the seed dataset; a failed seed leaves no half-made file. */
    public Workspace create(Path file, char[] passphrase) {
        return created(file, passphrase, false);
    }

    /** Creates an empty encrypted database. */
    public Workspace createEmpty(Path file, char[] passphrase) {
        return created(file, passphrase, true);
    }

    private Workspace created(Path file, char[] passphrase, boolean empty) {
        try (Passphrase p = copy(passphrase)) {
            return create(DatabaseFile.of(file), p, empty).workspace();
        } catch (StoreException e) {
            throw new OpenRefused(OpenRefused.Reason.NOT_OPENABLE, e.getMessage(), e);
        }
    }

    /** Opens a database, bringing its schema up to date. */
    public Workspace open(Path file, char[] passphrase) {
        return open(file, passphrase, () -> { });
    }

    /** The same, with {@code upgrading} run before a database made by an earlier version is upgraded. */
    public Workspace open(Path file, char[] passphrase, Runnable upgrading) {
        try (Passphrase p = copy(passphrase)) {
            return new Workspace(new Store(Database.open(DatabaseFile.of(file), p, upgrading)));
        } catch (WrongPassphraseException e) {
            throw new OpenRefused(OpenRefused.Reason.WRONG_PASSPHRASE, e.getMessage(), e);
        } catch (StoreException e) {
            throw new OpenRefused(OpenRefused.Reason.NOT_OPENABLE, e.getMessage(), e);
        }
    }

    /** Throws {@link OpenRefused} unless the passphrase opens the database; reads only its key file. */
    public void checkPassphrase(Path file, char[] passphrase) {
        try (Passphrase p = copy(passphrase)) {
            Database.checkPassphrase(DatabaseFile.of(file), p);
        } catch (WrongPassphraseException e) {
            throw new OpenRefused(OpenRefused.Reason.WRONG_PASSPHRASE, e.getMessage(), e);
        } catch (StoreException e) {
            throw new OpenRefused(OpenRefused.Reason.NOT_OPENABLE, e.getMessage(), e);
        }
    }

    /** How a restore ended: the database open again (null if it could not be), what it holds, what failed. */
    public record Restored(Workspace reopened, Map<RecordKind, Integer> counts, RuntimeException failure) {
    }

    /**
     * Closes {@code open} (if any), replaces {@code file} with the backup once the whole backup has been
     * checked, and opens it again. If the backup is damaged, foreign or the restore is cancelled, the
     * database is left as it was and opened again as it was.
     */
    public Restored restore(Workspace open, Path file, Path backup, char[] passphrase, ProgressListener listener) {
        if (open != null) {
            open.close();
        }
        try (Passphrase p = copy(passphrase)) {
            Map<RecordKind, Integer> counts = null;
            RuntimeException failure = null;
            try {
                counts = Backups.restore(backup, DatabaseFile.of(file), p, listener);
            } catch (RuntimeException e) {
                failure = e;
            }
            Workspace reopened = null;
            try {
                reopened = open(file, passphrase);
            } catch (RuntimeException e) {
                failure = failure != null ? failure : e;
            }
            return new Restored(reopened, counts, failure);
        }
    }

    /** How a passphrase change ended: the database open again (null if it could not be), and what failed. */
    public record PassphraseChanged(Workspace reopened, RuntimeException failure) {
    }

    /**
     * Closes {@code open} (if any), changes the passphrase of {@code file} (the file is encrypted anew;
     * a crash leaves either passphrase working, never neither), and opens it again under the new one.
     * If the change fails, the database is opened again under the current passphrase. The current
     * passphrase should have been checked first ({@link #checkPassphrase}), so a typing mistake closes nothing.
     */
    public PassphraseChanged changePassphrase(Workspace open, Path file, char[] current, char[] fresh,
                                              ProgressListener listener) {
        if (open != null) {
            open.close();
        }
        RuntimeException failure = null;
        try (Passphrase old = copy(current); Passphrase next = copy(fresh)) {
            PassphraseChange.change(DatabaseFile.of(file), old, next, kdf, listener);
        } catch (WrongPassphraseException e) {
            failure = new OpenRefused(OpenRefused.Reason.WRONG_PASSPHRASE, e.getMessage(), e);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            return new PassphraseChanged(open(file, failure == null ? fresh : current), failure);
        } catch (RuntimeException e) {
            return new PassphraseChanged(null, failure != null ? failure : e);
        }
    }

    /**
     * Opens a database with a passphrase the command line read (from its file or its prompt); unlike
     * {@link #open(Path, char[])}, failures come as the store words them, for one line on standard error.
     * With {@code inspect}, a database whose history does not match its key file opens, to be reported.
     */
    public static Workspace open(DatabaseFile file, Passphrase passphrase, boolean inspect) {
        return open(file, passphrase, inspect, () -> { });
    }

    /** The same, with {@code upgrading} run before a database made by an earlier version is upgraded. */
    public static Workspace open(DatabaseFile file, Passphrase passphrase, boolean inspect, Runnable upgrading) {
        return new Workspace(new Store(inspect ? Database.openToInspect(file, passphrase)
                : Database.open(file, passphrase, upgrading)));
    }

    /** How long the next try of a passphrase on {@code file} must wait after too many wrong ones in a row. */
    public Duration waitBeforeNextTry(Path file) {
        return Database.unlockState(DatabaseFile.of(file)).delay();
    }

    /** How many wrong passphrases were tried in a row, and how long the next try must wait. */
    public static UnlockState unlockState(DatabaseFile file) {
        return Database.unlockState(file);
    }

    /** A database made by the command line, and what its seed loaded (null when made empty). */
    public record Created(Workspace workspace, String seedLoaded) {
    }

    /** Creates an encrypted database, with the seed dataset unless {@code empty}; a failed seed leaves no file. */
    public Created create(DatabaseFile file, Passphrase passphrase, boolean empty) {
        Store store = new Store(Database.create(file, passphrase, kdf));
        if (empty) {
            return new Created(new Workspace(store), null);
        }
        try {
            ImportBatch seed = new SeedDataset(new JsonExchange()).loadInto(store);
            return new Created(new Workspace(store), seed.describe());
        } catch (RuntimeException e) {
            store.close();
            Database.delete(file);
            throw e;
        }
    }

    /** Replaces {@code file} with a backup once the whole backup is checked; answers what it holds. */
    public static Map<RecordKind, Integer> restore(Path backup, DatabaseFile file, Passphrase passphrase,
                                                   ProgressListener listener) {
        return Backups.restore(backup, file, passphrase, listener);
    }

    /** Changes the passphrase of a closed database (a crash leaves either passphrase working, never neither). */
    public void changePassphrase(DatabaseFile file, Passphrase current, Passphrase fresh, ProgressListener listener) {
        PassphraseChange.change(file, current, fresh, kdf, listener);
    }

    /** The caller keeps (and wipes) its own array. */
    private static Passphrase copy(char[] passphrase) {
        return Passphrase.adopt(passphrase.clone());
    }
}

package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.returnwatch.work.PrivateFiles;

/**
 * Opening and creating database files, in the order that keeps a refused file unchanged: settle an
 * interrupted replacement, check the file and its key file belong together, wait out too many wrong
 * passphrases, derive the key, let H2 check the file read-only, and only then upgrade the schema and
 * start or check its history.
 */
final class Opening {
    private Opening() {
    }

    static Database create(DatabaseFile file, Passphrase passphrase, KdfParams kdf) {
        if (passphrase.isEmpty()) {
            throw new StoreException(phrase("the passphrase is empty"));
        }
        Path data = file.dataFile();
        if (Files.isDirectory(data)) {
            throw new StoreException(phrase("{0} is a folder; give the database a file name", data));
        }
        if (file.exists() || Files.exists(file.keyFile())) {
            throw new StoreException(phrase("a database already exists at {0}; choose another file", file));
        }
        Path folder = data.getParent();
        try {
            PrivateFiles.createFolders(folder);
            PrivateFiles.createFile(data);
        } catch (AccessDeniedException e) {
            throw new StoreException(phrase("cannot create a database in {0}: the folder cannot be written to",
                    folder));
        } catch (FileSystemException e) {
            throw new StoreException(phrase("cannot create a database in {0}: {1}", folder, reason(e)));
        } catch (IOException e) {
            throw new StoreException(phrase("cannot create a database in {0}: {1}", folder, e.getMessage()));
        }
        byte[] salt = KeyFile.newSalt();
        Database db = null;
        try (DerivedKeys keys = DerivedKeys.derive(passphrase, salt, kdf.iterations())) {
            H2Pool.Opened opened = H2Pool.open(file, keys, H2Pool.Mode.CREATE);
            try {
                Migrations.migrate(opened.pool(), file);
            } catch (RuntimeException e) {
                opened.dispose();
                throw e;
            }
            db = new Database(file, opened, keys.keyFileKey(), null, false);
            HistoryStart.start(db, false);
            KeyFile kf = new KeyFile(salt, kdf.iterations(), keys.check()).withIdentity(HistoryStart.databaseId(db),
                    H2Pool.fileSalt(data));
            db.writeKeyFile(kf);
            return db;
        } catch (RuntimeException e) {
            if (db != null) {
                db.close();
            }
            KeyFiles.deleteQuietly(data);
            KeyFiles.deleteQuietly(file.keyFile());
            throw e;
        }
    }

    /** The file system's own words for a failure (read-only file system, no space left …), without the path twice. */
    private static String reason(FileSystemException e) {
        String r = e.getReason();
        return r != null ? r.toLowerCase(java.util.Locale.ROOT) : e.getClass().getSimpleName();
    }

    static Database open(DatabaseFile file, Passphrase passphrase, boolean inspect, Runnable upgrading) {
        try (DerivedKeys keys = unlock(file, passphrase)) {
            KeyFile kf = KeyFile.read(file.keyFile());
            boolean readOnly = !writable(file);
            H2Pool.Opened opened = H2Pool.openChecked(file, keys, readOnly);
            Database db;
            try {
                if (readOnly) {
                    Migrations.requireCurrent(opened.pool(), file);
                } else {
                    Migrations.migrate(opened.pool(), file, upgrading);
                }
                db = new Database(file, opened, keys.keyFileKey(), kf, readOnly);
            } catch (RuntimeException e) {
                opened.dispose();
                throw e;
            }
            try {
                HistoryStart.start(db, inspect);
                if (!readOnly) {
                    Leftovers.clean(db);
                    // a delete of a file the last session could still undo is final now
                    db.write(tx -> db.repositories().attachments.purgeDeleted(tx, null));
                }
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        }
    }

    /**
     * The keys of a database, once its key file is found to belong to it and the passphrase to open
     * it; a wrong passphrase is counted in the key file.
     */
    static DerivedKeys unlock(DatabaseFile file, Passphrase passphrase) {
        KeyFiles.settle(file);
        H2Pool.checkLooksLikeDatabase(file);
        KeyFile kf = KeyFile.read(file.keyFile());
        if (kf.fileSalt() != null && !Arrays.equals(kf.fileSalt(), H2Pool.fileSalt(file.dataFile()))) {
            throw new NotADatabaseException(phrase("the key file {0} belongs to another database, not to {1}; use "
                    + "the key file that was made with this database", file.keyFile(), file.dataFile()));
        }
        UnlockThrottle.check(file, kf);
        DerivedKeys keys = DerivedKeys.derive(passphrase, kf.salt(), kf.iterations());
        if (!keys.matches(kf.check())) {
            keys.close();
            int failures = UnlockThrottle.recordFailure(file, kf);
            java.time.Duration next = UnlockThrottle.delayAfter(failures);
            throw new WrongPassphraseException(next.isZero() ? phrase("wrong passphrase for {0}", file)
                    : phrase("wrong passphrase for {0} ({1} wrong in a row: the next try must wait {2} s)", file,
                    failures, UnlockThrottle.seconds(next)));
        }
        UnlockThrottle.recordSuccess(file, kf);
        return keys;
    }

    /** A database is opened read-only where it cannot be written: on a read-only medium, in a read-only folder. */
    private static boolean writable(DatabaseFile file) {
        return Files.isWritable(file.dataFile()) && Files.isWritable(file.dataFile().getParent());
    }
}

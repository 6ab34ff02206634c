package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.returnwatch.work.PrivateFiles;

/**
 * Reading and writing key files, and replacing a database and its key file together. A data file
 * and its key file cannot be renamed in one step, so a replacement (a restore, a passphrase change)
 * goes in three: the key file is rewritten to hold both its current fields and, under
 * {@code pending.}, those of the replacement with the name of the new data file waiting beside it;
 * the new data file is renamed over the old one; the key file is rewritten with the new fields
 * alone. Whoever opens the database next {@linkplain #settle settles} a replacement a crash cut
 * short: while the new data file still waits beside the old one, the rename did not happen and the
 * old database stays (the waiting file is removed); once it is gone, the rename happened and the
 * new key fields are kept. Either the old passphrase works or the new one, never neither.
 */
final class KeyFiles {
    static final String PENDING = "pending.";
    private static final String PENDING_DATA = "pending.data";

    /** The fields of a key file: the current ones (null for a database being created) and a replacement. */
    record Stored(KeyFile current, KeyFile next, String nextDataFile) {
    }

    private KeyFiles() {
    }

    static Stored read(Path file) {
        Properties p = KeyFile.load(file);
        KeyFile current = KeyFile.fromProperties(p, "", file);
        String dataName = p.getProperty(PENDING_DATA);
        KeyFile next = dataName == null ? null : KeyFile.fromProperties(p, PENDING, file);
        if (current == null && next == null) {
            throw new NotADatabaseException(phrase("the key file {0} is damaged or not a ReturnWatch key file",
                    file));
        }
        if (dataName != null && (next == null || !isSiblingName(dataName))) {
            throw new NotADatabaseException(phrase("the key file {0} is damaged or was edited: its pending "
                    + "replacement is not valid", file));
        }
        return new Stored(current, next, dataName);
    }

    /** Writes {@code current} (may be null only with a replacement) and the pending replacement, if any. */
    static void write(Path file, KeyFile current, Pending pending) {
        Properties p = new Properties();
        if (current != null) {
            current.putInto(p, "");
        }
        if (pending != null) {
            pending.next().putInto(p, PENDING);
            p.setProperty(PENDING_DATA, pending.dataFile().getFileName().toString());
        }
        try {
            PrivateFiles.writeDurably(file, KeyFile.bytes(p));
        } catch (IOException e) {
            throw new StoreException(phrase("cannot write the key file {0}: {1}", file, e.getMessage()));
        }
    }

    /** A replacement on its way: the new data file beside the old one, and its key fields. */
    record Pending(Path dataFile, KeyFile next) {
    }

    /**
     * Puts a completed new database (data file and key file beside {@code target}) in place of the
     * current one, or where there is none.
     */
    static void replace(DatabaseFile target, KeyFile current, DatabaseFile fresh, KeyFile freshKey) {
        replace(target, current, fresh, freshKey, (done, total) -> { });
    }

    /** Told after each of the three steps of a replacement. */
    interface Steps {
        void done(int step, int total);
    }

    static void replace(DatabaseFile target, KeyFile current, DatabaseFile fresh, KeyFile freshKey, Steps steps) {
        write(target.keyFile(), current, new Pending(fresh.dataFile(), freshKey));
        steps.done(1, 3);
        try {
            PrivateFiles.moveDurably(fresh.dataFile(), target.dataFile());
            steps.done(2, 3);
        } catch (IOException e) {
            // not renamed: settle puts the key file back as it was
            settle(target);
            throw new StoreException(phrase("the new database could not be put in place ({0}); {1}",
                    e.getMessage(),
                    (current != null ? "the current database was left as it was" : "nothing was created")));
        }
        write(target.keyFile(), freshKey, null);
        deleteQuietly(fresh.keyFile());
        steps.done(3, 3);
    }

    /** Finishes or undoes a replacement a crash interrupted; does nothing when there is none. */
    static void settle(DatabaseFile db) {
        Path keyPath = db.keyFile();
        if (!Files.isRegularFile(keyPath)) {
            return;
        }
        Stored s;
        try {
            s = read(keyPath);
        } catch (NotADatabaseException e) {
            return; // a damaged key file is reported by whoever reads it next, after the data file is checked
        }
        if (s.nextDataFile() == null) {
            return;
        }
        Path waiting = keyPath.resolveSibling(s.nextDataFile());
        if (Files.exists(waiting)) {
            deleteQuietly(waiting);
            deleteQuietly(keyFileOf(waiting));
            if (s.current() == null) {
                deleteQuietly(keyPath);
            } else {
                write(keyPath, s.current(), null);
            }
        } else {
            write(keyPath, s.next(), null);
            deleteQuietly(keyFileOf(waiting));
        }
    }

    private static Path keyFileOf(Path dataFile) {
        return new DatabaseFile(dataFile).keyFile();
    }

    private static boolean isSiblingName(String name) {
        return name.endsWith(DatabaseFile.DATA_SUFFIX) && !name.contains("/") && !name.contains("\\")
                && !name.startsWith(".");
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover is removed at the next start
        }
    }
}

package org.returnwatch.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.work.CancelledException;
import org.returnwatch.work.ProgressListener;

/**
 * One restore: fill a new database beside the target from the backup, check that it opens and that
 * every record reads, then put it in place. Until that last rename, the current database is only
 * read (its key file) and locked against other programs, never written.
 */
final class Restore {
    /** Runs the backup's statements on the new database's connection. */
    interface Replayer {
        void replay(Connection c, ProgressListener listener) throws IOException, SQLException;
    }

    private final Path backup;
    private final DatabaseFile target;
    private final Passphrase passphrase;
    private final ProgressListener listener;

    Restore(Path backup, DatabaseFile target, Passphrase passphrase, ProgressListener listener) {
        this.backup = backup;
        this.target = target;
        this.passphrase = passphrase;
        this.listener = listener;
    }

    Map<RecordKind, Integer> run(KeyFile fromBackup, DerivedKeys backupKeys, Replayer replayer) {
        boolean existed = target.exists();
        try {
            Files.createDirectories(target.dataFile().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder " + target.dataFile().getParent());
        }
        DerivedKeys own = null;
        try (TargetLock lock = TargetLock.acquire(target)) {
            KeyFile keyFile = fromBackup;
            DerivedKeys keys = backupKeys;
            if (existed) {
                // The new database takes the current key file's salt and cost, so only the data file
                // has to change: one atomic rename instead of two files that could end up mismatched.
                keyFile = KeyFile.read(target.keyFile());
                if (!Arrays.equals(keyFile.salt(), fromBackup.salt()) || keyFile.iterations() != fromBackup.iterations()) {
                    own = DerivedKeys.derive(passphrase, keyFile.salt(), keyFile.iterations());
                    keys = own;
                }
                if (!keys.matches(keyFile.check())) {
                    throw new WrongPassphraseException("the passphrase opens the backup but not the current database "
                            + target + "; nothing was changed (restore into another file with --db)");
                }
            }
            DatabaseFile temp = tempBeside(target);
            try {
                fill(temp, keys, replayer);
                keyFile.write(temp.keyFile());
                Map<RecordKind, Integer> counts = verify(temp);
                lock.close();
                swap(temp, existed);
                return counts;
            } finally {
                Backups.deleteQuietly(temp.dataFile());
                Backups.deleteQuietly(temp.keyFile());
            }
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    private static DatabaseFile tempBeside(DatabaseFile target) {
        byte[] r = new byte[4];
        new SecureRandom().nextBytes(r);
        String name = target.dataFile().getFileName().toString();
        String base = name.substring(0, name.length() - DatabaseFile.DATA_SUFFIX.length());
        return new DatabaseFile(target.dataFile().resolveSibling(base + "-restoring-" + HexFormat.of().formatHex(r)
                + DatabaseFile.DATA_SUFFIX));
    }

    private void fill(DatabaseFile temp, DerivedKeys keys, Replayer replayer) {
        try (Connection c = Backups.createEmpty(temp, keys)) {
            c.setAutoCommit(false);
            replayer.replay(c, listener);
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        } catch (SealedInputStream.DamagedException e) {
            throw new StoreException(backup + " is damaged or not a ReturnWatch backup: " + e.getMessage()
                    + "; nothing was changed");
        } catch (IOException e) {
            throw new StoreException(backup + " cannot be read (" + e.getMessage() + "); nothing was changed");
        } catch (SQLException e) {
            throw new StoreException(backup + " could not be restored (database error " + e.getErrorCode()
                    + "); nothing was changed");
        }
    }

    /** Opens the new database as the program will, and reads every record of every kind. */
    private Map<RecordKind, Integer> verify(DatabaseFile temp) {
        try (Store store = new Store(Database.open(temp, passphrase))) {
            return store.read(tx -> {
                Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
                for (RecordKind k : RecordKind.values()) {
                    counts.put(k, store.repository(k).all(tx).size());
                }
                return counts;
            });
        } catch (SchemaTooNewException e) {
            throw new SchemaTooNewException(backup + " was made by a newer ReturnWatch; install that version or "
                    + "newer to restore it; nothing was changed");
        } catch (CancelledException e) {
            throw e;
        } catch (StoreException | IllegalArgumentException | NullPointerException e) {
            throw new StoreException(backup + " does not restore to a usable ReturnWatch database; nothing was "
                    + "changed");
        }
    }

    private void swap(DatabaseFile temp, boolean existed) {
        try {
            if (existed) {
                replace(temp.dataFile(), target.dataFile());
            } else {
                Files.move(temp.keyFile(), target.keyFile(), StandardCopyOption.ATOMIC_MOVE);
                Files.move(temp.dataFile(), target.dataFile(), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new StoreException("the restored database could not be put in place (" + e.getMessage()
                    + "); " + (existed ? "the current database was left as it was" : "nothing was created"));
        }
    }

    /** One atomic rename; where the file system cannot, the old file is kept aside until the new one is in. */
    private static void replace(Path fresh, Path current) throws IOException {
        try {
            Files.move(fresh, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Path aside = current.resolveSibling(current.getFileName() + ".before-restore");
            Files.move(current, aside, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(fresh, current);
            } catch (IOException failed) {
                Files.move(aside, current, StandardCopyOption.REPLACE_EXISTING);
                throw failed;
            }
            Files.delete(aside);
        }
    }

    /**
     * A shared lock on the current data file for the length of the restore: H2 holds an exclusive
     * lock while a database is open, so this fails if ReturnWatch or another program has it open,
     * and keeps them from opening it meanwhile. The window must close its own database before a
     * restore: on POSIX systems, closing this channel would also drop a lock this process holds.
     */
    static final class TargetLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private TargetLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static TargetLock acquire(DatabaseFile target) {
            if (!target.exists()) {
                return new TargetLock(null, null);
            }
            FileChannel ch = null;
            try {
                ch = FileChannel.open(target.dataFile(), StandardOpenOption.READ);
                FileLock l = ch.tryLock(0, Long.MAX_VALUE, true);
                if (l != null) {
                    return new TargetLock(ch, l);
                }
            } catch (OverlappingFileLockException | IOException e) {
                // taken by this program or another: reported below
            }
            closeQuietly(ch);
            throw new StoreException(target + " is open in ReturnWatch or another program; close it, then restore");
        }

        @Override
        public void close() {
            try {
                if (lock != null && lock.isValid()) {
                    lock.release();
                }
            } catch (IOException ignored) {
                // closing the channel releases it anyway
            }
            closeQuietly(channel);
        }

        private static void closeQuietly(FileChannel ch) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // nothing was written through it
                }
            }
        }
    }
}

package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.work.CancelledException;
import org.returnwatch.work.PrivateFiles;
import org.returnwatch.work.ProgressListener;
import org.returnwatch.work.Randomness;

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
        KeyFiles.settle(target);
        boolean existed = target.exists();
        try {
            PrivateFiles.createFolders(target.dataFile().getParent());
        } catch (IOException e) {
            throw new StoreException(phrase("cannot create the folder {0}", target.dataFile().getParent()));
        }
        DerivedKeys own = null;
        try (TargetLock lock = TargetLock.acquire(target)) {
            KeyFile current = null;
            KeyFile base = fromBackup;
            DerivedKeys keys = backupKeys;
            if (existed) {
                // The new database takes the current key file's salt and cost, so the passphrase that opened
                // the current database opens the restored one.
                current = KeyFile.read(target.keyFile());
                base = new KeyFile(current.salt(), current.iterations(), current.check());
                if (!Arrays.equals(current.salt(), fromBackup.salt())
                        || current.iterations() != fromBackup.iterations()) {
                    own = DerivedKeys.derive(passphrase, current.salt(), current.iterations());
                    keys = own;
                }
                if (!keys.matches(current.check())) {
                    throw new WrongPassphraseException(phrase("the passphrase opens the backup but not the "
                            + "current database {0}; nothing was changed (restore into another file with --db)",
                            target));
                }
            }
            DatabaseFile temp = tempBeside(target, "restoring");
            try {
                Filled filled = fill(temp, keys, replayer);
                KeyFile tempKey = filled.databaseId() == null ? base
                        : base.withIdentity(filled.databaseId(), H2Pool.fileSalt(temp.dataFile()));
                if (filled.head() != null) {
                    byte[] kfKey = keys.keyFileKey();
                    try {
                        tempKey = tempKey.withHead(filled.head(), kfKey);
                    } finally {
                        Arrays.fill(kfKey, (byte) 0);
                    }
                }
                tempKey.write(temp.keyFile());
                Map<RecordKind, Integer> counts = verify(temp);
                lock.close();
                KeyFiles.replace(target, current, temp, KeyFile.read(temp.keyFile()));
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

    /** A new file beside {@code target}: NAME-WHAT-XXXXXXXX.mv.db, removed at the next opening if a kill leaves it. */
    static DatabaseFile tempBeside(DatabaseFile target, String what) {
        byte[] r = new byte[4];
        Randomness.fill(r);
        return new DatabaseFile(target.dataFile().resolveSibling(Leftovers.baseName(target) + "-" + what + "-"
                + HexFormat.of().formatHex(r) + DatabaseFile.DATA_SUFFIX));
    }

    /**
     * What the restored database says of itself: its identifier and its history's last entry (null in an old
     * backup).
     */
    private record Filled(String databaseId, HistoryHead head) {
    }

    private Filled fill(DatabaseFile temp, DerivedKeys keys, Replayer replayer) {
        try {
            PrivateFiles.createFile(temp.dataFile());
        } catch (IOException e) {
            throw new StoreException(phrase("cannot write beside {0}: {1}; nothing was changed", target,
                    e.getMessage()));
        }
        try (Connection c = Backups.createEmpty(temp, keys)) {
            c.setAutoCommit(false);
            replayer.replay(c, listener);
            c.commit();
            Filled filled = describe(c);
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
                st.execute("SHUTDOWN");
            }
            return filled;
        } catch (SealedInputStream.DamagedException e) {
            throw new StoreException(phrase("{0} is damaged or not a ReturnWatch backup: {1}; nothing was changed",
                    backup, e.phrase()));
        } catch (IOException e) {
            throw new StoreException(phrase("{0} cannot be read ({1}); nothing was changed", backup,
                    e.getMessage()));
        } catch (SQLException e) {
            throw new StoreException(phrase("{0} could not be restored (database error {1}); nothing was changed",
                    backup, e.getErrorCode()));
        }
    }

    private static Filled describe(Connection c) throws SQLException {
        boolean hasHistory;
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'HISTORY'")) {
            rs.next();
            hasHistory = rs.getInt(1) > 0;
        }
        if (!hasHistory) {
            return new Filled(null, null);
        }
        String id;
        try (var ps = c.prepareStatement("SELECT meta_value FROM rw_meta WHERE meta_key = ?")) {
            ps.setString(1, HistoryStart.DATABASE_ID);
            try (var rs = ps.executeQuery()) {
                id = rs.next() ? rs.getString(1) : null;
            }
        }
        return new Filled(id, id == null ? null : HistoryChain.head(c));
    }

    /**
     * Opens the new database as the program will (its history is checked against the key file made
     * for it, and begun if the backup is of a release without one), records the restore in its history,
     * and reads every record of every kind, each checked against its seal.
     */
    private Map<RecordKind, Integer> verify(DatabaseFile temp) {
        try (Store store = new Store(Database.open(temp, passphrase))) {
            store.write(tx -> {
                tx.journal().database(HistoryAction.RESTORE, ChangeOrigin.RESTORE, "restored from the backup "
                        + backup.getFileName());
                return null;
            });
            return store.read(tx -> {
                Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
                for (RecordKind k : RecordKind.values()) {
                    counts.put(k, store.repository(k).all(tx).size());
                }
                return counts;
            });
        } catch (SchemaTooNewException e) {
            throw new SchemaTooNewException(phrase("{0} was made by a newer ReturnWatch; install that version or "
                    + "newer to restore it; nothing was changed", backup));
        } catch (CancelledException e) {
            throw e;
        } catch (StoreException | IllegalArgumentException | NullPointerException e) {
            throw new StoreException(phrase("{0} does not restore to a usable ReturnWatch database ({1}); nothing "
                    + "was changed", backup, e.getMessage()));
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
            throw new StoreException(phrase("{0} is open in ReturnWatch or another program; close it, then restore",
                    target));
        }

        /** The locked file, for reading it without opening another channel (closing one would drop the lock). */
        FileChannel channel() {
            return channel;
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

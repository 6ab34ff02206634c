package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.jdbcx.JdbcConnectionPool;
import org.returnwatch.i18n.Phrase;
import org.returnwatch.work.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open, encrypted ReturnWatch database. The H2 file is encrypted with AES under a key derived
 * from the passphrase by PBKDF2 (see {@link DerivedKeys}); H2's plain-text trace file is off. Every
 * write transaction commits with its history entries (see {@link HistoryChain}), is synced to the
 * disk before it returns, and then the key file records the history's new last entry.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseFile file;
    private final JdbcConnectionPool pool;
    /** H2's data source keeps this array for new connections; it is wiped when the database closes. */
    private final char[] h2Password;
    /** Authenticates the key file's record of the history; wiped when the database closes. */
    private final byte[] keyFileKey;
    private final boolean readOnly;
    private final Repositories repositories = new Repositories();
    /** Orders commits, so history entries are chained in the order their transactions commit. */
    private final ReentrantLock commitLock = new ReentrantLock(true);
    private final WriteCount writes = new WriteCount();
    private volatile Seals seals;
    private volatile String caseworker;
    private HistoryHead head = HistoryHead.EMPTY;
    /** What was last read from or written to the key file; null while a new database is being made. */
    private KeyFile keyFile;
    private List<Phrase> findings = List.of();

    Database(DatabaseFile file, H2Pool.Opened opened, byte[] keyFileKey, KeyFile keyFile, boolean readOnly) {
        this.file = file;
        this.pool = opened.pool();
        this.h2Password = opened.password();
        this.keyFileKey = keyFileKey;
        this.keyFile = keyFile;
        this.readOnly = readOnly;
    }

    /** Creates a new database; refuses to touch an existing file. */
    public static Database create(DatabaseFile file, Passphrase passphrase, KdfParams kdf) {
        return Opening.create(file, passphrase, kdf);
    }

    /**
     * Opens an existing database, bringing its schema up to date. A database whose history does not
     * match its key file (replaced by an older copy, its history rewritten) is refused with
     * {@link IntegrityException}; {@link #openToInspect} opens it anyway, to report or accept it.
     */
    public static Database open(DatabaseFile file, Passphrase passphrase) {
        return open(file, passphrase, () -> { });
    }

    /**
     * As {@link #open(DatabaseFile, Passphrase)}, with {@code upgrading} run (on this thread) before a database
     * made by an earlier version is upgraded: at a million cases that can take half an hour, once.
     */
    public static Database open(DatabaseFile file, Passphrase passphrase, Runnable upgrading) {
        return Opening.open(file, passphrase, false, upgrading);
    }

    /** Opens a database even if its history does not match its key file; {@link #findings()} says how. */
    public static Database openToInspect(DatabaseFile file, Passphrase passphrase) {
        return Opening.open(file, passphrase, true, () -> { });
    }

    /**
     * Throws {@link WrongPassphraseException} unless the passphrase opens the database; reads only its
     * key file, so it can ask while the database is open (before a restore replaces it, say). A wrong
     * passphrase counts towards the wait, as at opening.
     */
    public static void checkPassphrase(DatabaseFile file, Passphrase passphrase) {
        Opening.unlock(file, passphrase).close();
    }

    /**
     * Wrong passphrases in a row and the wait before the next try, read from the key file alone; none
     * when there is no readable key file (opening then says what is wrong).
     */
    public static UnlockState unlockState(DatabaseFile file) {
        try {
            KeyFiles.settle(file);
            return UnlockThrottle.state(KeyFile.read(file.keyFile()), java.time.Instant.now());
        } catch (NotADatabaseException e) {
            return new UnlockState(0, java.time.Duration.ZERO);
        }
    }

    /** Removes a closed database and its key file. */
    public static void delete(DatabaseFile file) {
        try {
            Files.deleteIfExists(file.dataFile());
            Files.deleteIfExists(file.keyFile());
        } catch (java.io.IOException e) {
            throw new StoreException(phrase("cannot delete {0}: {1}", file, e.getMessage()));
        }
    }

    public DatabaseFile file() {
        return file;
    }

    /** True when the file or its folder cannot be written: reading works, saving is refused. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * What did not match when the database was opened with {@link #openToInspect}: the key file's
     * record of the history against the history itself. Empty when they match.
     */
    public List<String> findings() {
        return findings.stream().map(Phrase::english).toList();
    }

    /** What {@link #findings()} says, to be said in the reader's language. */
    List<Phrase> findingPhrases() {
        return findings;
    }

    /** The last entry of the history. */
    public HistoryHead historyHead() {
        commitLock.lock();
        try {
            return head;
        } finally {
            commitLock.unlock();
        }
    }

    /** The name history entries give as the caseworker who made a change. */
    public String caseworker() {
        return caseworker;
    }

    /** Runs read-only work in a transaction of its own. */
    public <T> T read(TxWork<T> work) {
        return run(work, true, "reading the database");
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public <T> T write(TxWork<T> work) {
        if (readOnly) {
            throw new StoreException(phrase("{0} is read-only (the file or its folder cannot be written); nothing "
                    + "was changed", file));
        }
        return run(work, false, "saving");
    }

    private <T> T run(TxWork<T> work, boolean readOnlyWork, String action) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                Transaction tx = new Transaction(c, readOnlyWork, seals, writes);
                T result = work.run(tx);
                if (readOnlyWork) {
                    c.commit();
                } else {
                    commit(c, tx);
                }
                return result;
            } catch (SQLException e) {
                rollback(c, e);
                throw SqlErrors.translate(e, action);
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, action);
        }
    }

    /**
     * Chains the transaction's history entries after the last committed one, commits, and syncs the
     * file before returning, so that a save reported done survives a power cut (H2 itself syncs only
     * when it closes). One sync per transaction keeps a bulk import as fast as one save.
     */
    private void commit(Connection c, Transaction tx) throws SQLException {
        commitLock.lock();
        try {
            HistoryHead next = head;
            Journal journal = tx.journal();
            if (!journal.isEmpty()) {
                next = HistoryChain.append(c, head, journal.changes(), caseworker, seals);
            }
            writes.committing();
            try {
                c.commit();
            } finally {
                writes.committed();
            }
            boolean moved = !next.equals(head);
            head = next; // committed: the next transaction chains after it, whatever happens below
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
            if (moved) {
                recordHead();
            }
        } finally {
            commitLock.unlock();
        }
    }

    /**
     * Writes the history's last entry into the key file. The change is already committed; if the key
     * file cannot be written now, it is brought up to date at the next change or the next opening.
     */
    private void recordHead() {
        if (keyFile == null || readOnly) {
            return;
        }
        try {
            KeyFile latest = Files.isRegularFile(file.keyFile()) ? KeyFile.read(file.keyFile()) : keyFile;
            keyFile = latest.withHead(head, keyFileKey);
            keyFile.write(file.keyFile());
        } catch (StoreException e) {
            LOG.debug("the key file could not record the history's last entry");
        }
    }

    /** A failed rollback must not hide the failure that caused it. */
    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    Repositories repositories() {
        return repositories;
    }

    Seals seals() {
        return seals;
    }

    void useSeals(Seals s) {
        this.seals = s;
    }

    void useCaseworker(String name) {
        this.caseworker = name;
    }

    void useHead(HistoryHead h) {
        commitLock.lock();
        try {
            this.head = h;
        } finally {
            commitLock.unlock();
        }
    }

    void useFindings(List<Phrase> found) {
        this.findings = List.copyOf(found);
    }

    KeyFile keyFile() {
        return keyFile;
    }

    /** Writes the key file for this database with the history's current last entry. */
    void writeKeyFile(KeyFile kf) {
        commitLock.lock();
        try {
            keyFile = kf.withHead(head, keyFileKey);
            keyFile.write(file.keyFile());
        } finally {
            commitLock.unlock();
        }
    }

    byte[] keyFileKey() {
        return keyFileKey;
    }

    /** H2 writes the compacted file anew, with the system's default permissions. */
    private void keepToOwner() {
        try {
            PrivateFiles.keepToOwner(file.dataFile());
        } catch (IOException e) {
            LOG.warn("the compacted database file could not be made private to its owner ({})",
                    e.getClass().getSimpleName());
        }
    }

    private long fileBytes() {
        try {
            return Files.size(file.dataFile());
        } catch (IOException e) {
            return 0;
        }
    }

    /** The folder holding the database, for removing what an interrupted command left beside it. */
    Path folder() {
        return file.dataFile().getParent();
    }

    @Override
    public void close() {
        close(false);
    }

    /** Closes with a full compaction whatever the file's size (for making large databases to measure). */
    void closeCompacted() {
        close(true);
    }

    private void close(boolean compactAnyway) {
        boolean compacted = false;
        try (Connection c = pool.getConnection(); var st = c.createStatement()) {
            compacted = !readOnly && (compactAnyway || FileCompaction.due(c, fileBytes()));
            st.execute(compacted ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("database did not shut down cleanly (H2 error {})", e.getErrorCode());
        } finally {
            pool.dispose();
            if (compacted) {
                keepToOwner();
            }
            Arrays.fill(h2Password, '\0');
            Arrays.fill(keyFileKey, (byte) 0);
            Seals s = seals;
            if (s != null) {
                s.wipe();
            }
        }
    }
}

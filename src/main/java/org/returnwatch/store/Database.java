package org.returnwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open, encrypted ReturnWatch database. The H2 file is encrypted with AES under a key derived
 * from the passphrase by PBKDF2 (see {@link DerivedKeys}); commits are written at once
 * (WRITE_DELAY=0) and H2's plain-text trace file is switched off.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String USER = "RW";
    private static final byte[] ENCRYPTED_MAGIC = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final int POOL_SIZE = 4;
    private static final int GENERAL_ERROR = 50000;

    private final DatabaseFile file;
    private final JdbcConnectionPool pool;
    /** H2's data source keeps this array for new connections; it is wiped when the database closes. */
    private final char[] h2Password;

    private Database(DatabaseFile file, Opened opened) {
        this.file = file;
        this.pool = opened.pool();
        this.h2Password = opened.password();
    }

    private record Opened(JdbcConnectionPool pool, char[] password) {
        void dispose() {
            pool.dispose();
            Arrays.fill(password, '\0');
        }
    }

    /** Creates a new database; refuses to touch an existing file. */
    public static Database create(DatabaseFile file, Passphrase passphrase, KdfParams kdf) {
        if (passphrase.isEmpty()) {
            throw new StoreException("the passphrase is empty");
        }
        if (file.exists() || Files.exists(file.keyFile())) {
            throw new StoreException("a database already exists at " + file + "; choose another file");
        }
        try {
            Files.createDirectories(file.dataFile().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder " + file.dataFile().getParent());
        }
        byte[] salt = KeyFile.newSalt();
        try (DerivedKeys keys = DerivedKeys.derive(passphrase, salt, kdf.iterations())) {
            KeyFile keyFile = new KeyFile(salt, kdf.iterations(), keys.check());
            Opened opened = pool(file, keys, Mode.CREATE);
            try {
                Migrations.migrate(opened.pool(), file);
            } catch (RuntimeException e) {
                opened.dispose();
                deleteQuietly(file);
                throw e;
            }
            keyFile.write(file.keyFile());
            LOG.info("created a database");
            return new Database(file, opened);
        }
    }

    /**
     * Throws {@link WrongPassphraseException} unless the passphrase opens the database; reads only its
     * key file, so it can ask while the database is open (before a restore replaces it, say).
     */
    public static void checkPassphrase(DatabaseFile file, Passphrase passphrase) {
        keysFor(file, passphrase).close();
    }

    private static DerivedKeys keysFor(DatabaseFile file, Passphrase passphrase) {
        checkLooksLikeDatabase(file);
        KeyFile keyFile = KeyFile.read(file.keyFile());
        DerivedKeys keys = DerivedKeys.derive(passphrase, keyFile.salt(), keyFile.iterations());
        if (!keys.matches(keyFile.check())) {
            keys.close();
            throw new WrongPassphraseException("wrong passphrase for " + file);
        }
        return keys;
    }

    /** Opens an existing database, bringing its schema up to date. */
    public static Database open(DatabaseFile file, Passphrase passphrase) {
        try (DerivedKeys keys = keysFor(file, passphrase)) {
            Opened opened = openChecked(file, keys);
            try {
                Migrations.migrate(opened.pool(), file);
            } catch (RuntimeException e) {
                opened.dispose();
                throw e;
            }
            return new Database(file, opened);
        }
    }

    /**
     * The first look is read-only, so that a refused file (a newer schema, another program's database)
     * is left byte for byte as it was. A file whose last writer was killed in the middle of a transaction
     * cannot be read that way: H2 must first roll the unfinished transaction back, which needs a
     * writable store. Such a file is opened for writing at once and checked there.
     */
    private static Opened openChecked(DatabaseFile file, DerivedKeys keys) {
        Opened probe;
        try {
            probe = pool(file, keys, Mode.READ_ONLY);
        } catch (NotADatabaseException e) {
            if (!(e.getCause() instanceof SQLException sql) || !isInterruptedTransaction(sql)) {
                throw e;
            }
            LOG.info("rolling back a transaction left unfinished when the database was last used");
            Opened opened = pool(file, keys, Mode.READ_WRITE);
            try {
                check(opened.pool(), file);
            } catch (RuntimeException refused) {
                opened.dispose();
                throw refused;
            }
            return opened;
        }
        try {
            check(probe.pool(), file);
        } finally {
            probe.dispose();
        }
        return pool(file, keys, Mode.READ_WRITE);
    }

    /** H2's answer to a read-only open of a file that still holds an unfinished transaction. */
    private static boolean isInterruptedTransaction(SQLException e) {
        return e.getErrorCode() == GENERAL_ERROR && e.getMessage() != null && e.getMessage().contains("read-only");
    }

    private static void check(JdbcConnectionPool pool, DatabaseFile file) {
        checkIsReturnWatch(pool, file);
        Migrations.checkNotNewer(pool, file);
    }

    private static void checkLooksLikeDatabase(DatabaseFile file) {
        Path data = file.dataFile();
        if (!Files.exists(data)) {
            throw new NotADatabaseException("no database at " + data + " (create one with: init)");
        }
        if (!Files.isRegularFile(data) || !Files.isReadable(data)) {
            throw new NotADatabaseException("cannot read " + data);
        }
        if (!Files.exists(file.keyFile())) {
            throw new NotADatabaseException(data + " has no key file " + file.keyFile().getFileName()
                    + " beside it: it is not a ReturnWatch database, or its key file was not copied with it");
        }
        byte[] head = new byte[ENCRYPTED_MAGIC.length];
        try (InputStream in = Files.newInputStream(data)) {
            if (in.readNBytes(head, 0, head.length) != head.length || !Arrays.equals(head, ENCRYPTED_MAGIC)) {
                throw new NotADatabaseException(data + " is not an encrypted ReturnWatch database");
            }
        } catch (IOException e) {
            throw new NotADatabaseException("cannot read " + data);
        }
    }

    private static void checkIsReturnWatch(JdbcConnectionPool pool, DatabaseFile file) {
        try (Connection c = pool.getConnection();
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                throw new NotADatabaseException(file + " is an H2 database but not a ReturnWatch database");
            }
        } catch (SQLException e) {
            throw notOpenable(file, e);
        }
    }

    private enum Mode {
        CREATE(""), READ_ONLY(";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"), READ_WRITE(";IFEXISTS=TRUE");

        private final String options;

        Mode(String options) {
            this.options = options;
        }
    }

    private static Opened pool(DatabaseFile file, DerivedKeys keys, Mode mode) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(jdbcUrl(file) + mode.options);
        ds.setUser(USER);
        char[] pw = keys.h2Password();
        ds.setPasswordChars(pw);
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(POOL_SIZE);
        Opened opened = new Opened(pool, pw);
        try (Connection first = pool.getConnection()) {
            first.isValid(1);
        } catch (SQLException e) {
            opened.dispose();
            throw notOpenable(file, e);
        }
        return opened;
    }

    /** The H2 address of an encrypted database file, without the mode options; backups restore through it too. */
    static String jdbcUrl(DatabaseFile file) {
        return "jdbc:h2:file:" + file.h2Base() + ";CIPHER=AES;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;WRITE_DELAY=0";
    }

    static String user() {
        return USER;
    }

    private static StoreException notOpenable(DatabaseFile file, SQLException e) {
        // the caller reports the cause in one line; a log line before it would be a second one
        LOG.debug("database could not be opened (H2 error {})", e.getErrorCode());
        return switch (e.getErrorCode()) {
            case 90020 -> new StoreException(file + " is already open in another ReturnWatch window or program");
            case 28000, 90049 -> new WrongPassphraseException("the passphrase does not open " + file
                    + ", or the file is damaged");
            case 90048 -> new SchemaTooNewException(file + " was written by an incompatible database version");
            default -> new NotADatabaseException(file + " is damaged or not a ReturnWatch database (database error "
                    + e.getErrorCode() + ")", e);
        };
    }

    /** Removes a closed database and its key file. */
    public static void delete(DatabaseFile file) {
        try {
            Files.deleteIfExists(file.dataFile());
            Files.deleteIfExists(file.keyFile());
        } catch (IOException e) {
            throw new StoreException("cannot delete " + file + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(DatabaseFile file) {
        try {
            Files.deleteIfExists(file.dataFile());
        } catch (IOException ignored) {
            // the caller reports the original failure; a leftover empty file is harmless
        }
    }

    public DatabaseFile file() {
        return file;
    }

    /** Runs read-only work in a transaction of its own. */
    public <T> T read(TxWork<T> work) {
        return run(work, true, "reading the database");
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    public <T> T write(TxWork<T> work) {
        return run(work, false, "saving");
    }

    private <T> T run(TxWork<T> work, boolean readOnly, String action) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Transaction(c, readOnly));
                c.commit();
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

    /** A failed rollback must not hide the failure that caused it. */
    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("database did not shut down cleanly (H2 error {})", e.getErrorCode());
        } finally {
            pool.dispose();
            Arrays.fill(h2Password, '\0');
        }
    }
}

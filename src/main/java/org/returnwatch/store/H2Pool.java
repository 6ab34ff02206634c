package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

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
 * The H2 side of opening a database file: the connection pool with the derived password, and the
 * checks that refuse a file which is not (or not yet) a ReturnWatch database without changing it.
 */
final class H2Pool {
    private static final Logger LOG = LoggerFactory.getLogger(H2Pool.class);
    private static final String USER = "RW";
    static final byte[] ENCRYPTED_MAGIC = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    /** Where H2 keeps the random salt of an encrypted file: after its "H2encrypt\n" header, 8 bytes. */
    private static final int FILE_SALT_AT = 10;
    private static final int FILE_SALT_BYTES = 8;
    private static final int POOL_SIZE = 4;
    private static final int GENERAL_ERROR = 50000;

    /** An open pool and the password array H2 keeps for new connections (wiped on dispose). */
    record Opened(JdbcConnectionPool pool, char[] password) {
        void dispose() {
            pool.dispose();
            Arrays.fill(password, '\0');
        }
    }

    enum Mode {
        CREATE(""), READ_ONLY(";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"), READ_WRITE(";IFEXISTS=TRUE");

        private final String options;

        Mode(String options) {
            this.options = options;
        }
    }

    private H2Pool() {
    }

    /**
     * The first look is read-only, so that a refused file (a newer schema, another program's database)
     * is left byte for byte as it was. A file whose last writer was killed in the middle of a transaction
     * cannot be read that way: H2 must first roll the unfinished transaction back, which needs a
     * writable store. Such a file is opened for writing at once and checked there.
     */
    static Opened openChecked(DatabaseFile file, DerivedKeys keys, boolean readOnly) {
        if (readOnly) {
            Opened opened = open(file, keys, Mode.READ_ONLY);
            checkOrDispose(opened, file);
            return opened;
        }
        Opened probe;
        try {
            probe = open(file, keys, Mode.READ_ONLY);
        } catch (NotADatabaseException e) {
            if (!(e.getCause() instanceof SQLException sql) || !isInterruptedTransaction(sql)) {
                throw e;
            }
            LOG.debug("rolling back a transaction left unfinished when the database was last used");
            Opened opened = open(file, keys, Mode.READ_WRITE);
            checkOrDispose(opened, file);
            return opened;
        }
        try {
            check(probe, file);
        } finally {
            probe.dispose();
        }
        return open(file, keys, Mode.READ_WRITE);
    }

    private static void checkOrDispose(Opened opened, DatabaseFile file) {
        try {
            check(opened, file);
        } catch (RuntimeException refused) {
            opened.dispose();
            throw refused;
        }
    }

    /** H2's answer to a read-only open of a file that still holds an unfinished transaction. */
    private static boolean isInterruptedTransaction(SQLException e) {
        return e.getErrorCode() == GENERAL_ERROR && e.getMessage() != null && e.getMessage().contains("read-only");
    }

    private static void check(Opened opened, DatabaseFile file) {
        checkIsReturnWatch(opened.pool(), file);
        Migrations.checkNotNewer(opened.pool(), file);
    }

    static void checkLooksLikeDatabase(DatabaseFile file) {
        Path data = file.dataFile();
        if (!Files.exists(data)) {
            throw new NotADatabaseException(phrase("no database at {0} (create one with: init)", data));
        }
        if (!Files.isRegularFile(data) || !Files.isReadable(data)) {
            throw new NotADatabaseException(phrase("cannot read {0}", data));
        }
        if (!Files.exists(file.keyFile())) {
            throw new NotADatabaseException(phrase("{0} has no key file {1} beside it: it is not a ReturnWatch "
                    + "database, or its key file was not copied with it", data, file.keyFile().getFileName()));
        }
        byte[] head = new byte[ENCRYPTED_MAGIC.length];
        try (InputStream in = Files.newInputStream(data)) {
            if (in.readNBytes(head, 0, head.length) != head.length || !Arrays.equals(head, ENCRYPTED_MAGIC)) {
                throw new NotADatabaseException(phrase("{0} is not an encrypted ReturnWatch database", data));
            }
        } catch (IOException e) {
            throw new NotADatabaseException(phrase("cannot read {0}", data));
        }
    }

    /** The random salt H2 wrote into the header of this encrypted file when it was made: the file's identity. */
    static byte[] fileSalt(Path data) {
        try (InputStream in = Files.newInputStream(data)) {
            byte[] head = in.readNBytes(FILE_SALT_AT + FILE_SALT_BYTES);
            if (head.length < FILE_SALT_AT + FILE_SALT_BYTES) {
                throw new NotADatabaseException(phrase("{0} is not an encrypted ReturnWatch database", data));
            }
            return Arrays.copyOfRange(head, FILE_SALT_AT, FILE_SALT_AT + FILE_SALT_BYTES);
        } catch (IOException e) {
            throw new NotADatabaseException(phrase("cannot read {0}", data));
        }
    }

    private static void checkIsReturnWatch(JdbcConnectionPool pool, DatabaseFile file) {
        try (Connection c = pool.getConnection();
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                throw new NotADatabaseException(phrase("{0} is an H2 database but not a ReturnWatch database", file));
            }
        } catch (SQLException e) {
            throw notOpenable(file, e);
        }
    }

    static Opened open(DatabaseFile file, DerivedKeys keys, Mode mode) {
        return open(file, keys.h2Password(), mode);
    }

    /** Takes ownership of {@code password}: it is wiped when the pool is disposed. */
    static Opened open(DatabaseFile file, char[] password, Mode mode) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(jdbcUrl(file) + mode.options);
        ds.setUser(USER);
        ds.setPasswordChars(password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(POOL_SIZE);
        Opened opened = new Opened(pool, password);
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
        return "jdbc:h2:file:" + file.h2Base()
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;WRITE_DELAY=0;CACHE_SIZE=" + cacheKb();
    }

    /**
     * H2's page cache, in KB: an eighth of the heap, between H2's own 16 MB and 256 MB. Every page
     * that misses it is read and decrypted again; over 30,000 cases a search that walks the table ran
     * up to six times slower with the 16 MB default (docs/benchmarks.md). With -Xmx512m it is 64 MB.
     */
    static int cacheKb() {
        long eighth = Runtime.getRuntime().maxMemory() / 8 / 1024;
        return (int) Math.max(16 * 1024, Math.min(256 * 1024, eighth));
    }

    static String user() {
        return USER;
    }

    static StoreException notOpenable(DatabaseFile file, SQLException e) {
        // the caller reports the cause in one line; a log line before it would be a second one
        LOG.debug("database could not be opened (H2 error {})", e.getErrorCode());
        return switch (e.getErrorCode()) {
            case 90020 -> new StoreException(phrase("{0} is already open in another ReturnWatch window or program",
                    file));
            case 28000, 90049 -> new WrongPassphraseException(phrase("the passphrase does not open {0}, or the file "
                    + "is damaged", file));
            case 90048 -> new SchemaTooNewException(phrase("{0} was written by an incompatible database version",
                    file));
            case 90097 -> new StoreException(phrase("{0} is read-only (the file or its folder cannot be written)",
                    file));
            default -> new NotADatabaseException(phrase("{0} is damaged or not a ReturnWatch database (database "
                    + "error {1})", file, e.getErrorCode()), e);
        };
    }
}

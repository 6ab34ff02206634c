package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.h2.jdbcx.JdbcDataSource;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.work.PrivateFiles;
import org.returnwatch.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs a whole database up to one encrypted file, and restores it. A backup is H2's SCRIPT of the
 * open database (consistent, never a copy of an open file's bytes), sealed with AES-256-GCM under a
 * key derived from the passphrase, so a damaged or changed file is detected (H2's own script
 * cipher has no integrity check). A restore builds a new database beside the current one, checks
 * it opens and reads, and only then puts it in place with one atomic rename: a refused or failed
 * restore leaves the current database byte for byte as it was.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final byte[] KEY_LABEL = "ReturnWatch backup key v1".getBytes(StandardCharsets.US_ASCII);

    private Backups() {
    }

    /** Writes the backup of an open database to {@code out} (through a temporary file, so never half a backup). */
    public static long backup(Database db, Passphrase passphrase, Path out, ProgressListener listener) {
        Path target = out.toAbsolutePath().normalize();
        refuseToOverwriteSomethingElse(db.file(), target);
        KeyFile keyFile = KeyFile.read(db.file().keyFile());
        try (DerivedKeys keys = DerivedKeys.derive(passphrase, keyFile.salt(), keyFile.iterations())) {
            if (!keys.matches(keyFile.check())) {
                throw new WrongPassphraseException(phrase("wrong passphrase for {0}", db.file()));
            }
            return write(db, keys, BackupHeader.fresh(keyFile), target, listener);
        }
    }

    private static long write(Database db, DerivedKeys keys, BackupHeader header, Path target,
                              ProgressListener listener) {
        Path out = target;
        Path part = PartialOutputs.begin(db, target);
        try {
            long statements;
            try (OutputStream file = PrivateFiles.newOutputStream(part)) {
                byte[] head = header.bytes();
                file.write(head);
                OutputStream sealed = new SealedOutputStream(new BufferedOutputStream(file, 65536), backupKey(keys),
                        header.noncePrefix(), head);
                statements = db.read(tx -> {
                    try {
                        return BackupScript.write(tx.connection(), sealed, listener);
                    } catch (IOException e) {
                        throw new StoreException(phrase("cannot write {0}: {1}", out, e.getMessage()));
                    }
                });
            }
            PrivateFiles.sync(part);
            PrivateFiles.moveDurably(part, target);
            return statements;
        } catch (IOException e) {
            throw new StoreException(phrase("cannot write {0}: {1}", out, e.getMessage()));
        } finally {
            deleteQuietly(part);
            PartialOutputs.end(db, part);
        }
    }

    private static void refuseToOverwriteSomethingElse(DatabaseFile db, Path target) {
        if (target.equals(db.dataFile()) || target.equals(db.keyFile())) {
            throw new StoreException(phrase("the backup cannot be written over the database itself; choose "
                    + "another file"));
        }
        if (Files.isDirectory(target)) {
            throw new StoreException(phrase("{0} is a folder; give the backup a file name", target));
        }
        if (Files.exists(target)) {
            try (InputStream in = Files.newInputStream(target)) {
                BackupHeader.read(in);
            } catch (IOException e) {
                throw new StoreException(phrase("{0} exists and is not a ReturnWatch backup; it was not "
                        + "overwritten", target));
            }
        }
    }

    /**
     * Replaces the database at {@code target} (or creates it) with the backup's contents. The
     * passphrase must open the backup and, if there is one, the current database.
     *
     * @return how many records of each kind the restored database holds
     */
    public static Map<RecordKind, Integer> restore(Path backup, DatabaseFile target, Passphrase passphrase,
                                                   ProgressListener listener) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException(phrase("{0}: no such file", backup));
        }
        if (!target.exists() && Files.exists(target.keyFile())) {
            throw new StoreException(phrase("{0} exists without its database; move it away first",
                    target.keyFile()));
        }
        try (CountingInput raw = new CountingInput(new BufferedInputStream(Files.newInputStream(backup), 65536))) {
            BackupHeader header = readHeader(raw, backup);
            long size = Files.size(backup);
            try (DerivedKeys keys = DerivedKeys.derive(passphrase, header.salt(), header.iterations())) {
                if (!keys.matches(header.check())) {
                    throw new WrongPassphraseException(phrase("the passphrase does not open the backup {0}, or "
                            + "the file is damaged; nothing was changed", backup));
                }
                SecretKey key = backupKey(keys);
                InputStream plain = new SealedInputStream(raw, key, header.noncePrefix(), header.bytes());
                return new Restore(backup, target, passphrase, listener).run(header.keyFile(), keys,
                        (c, l) -> BackupScript.replay(plain, c, l, raw::count, size));
            }
        } catch (IOException e) {
            throw new StoreException(phrase("{0} cannot be read: {1}; nothing was changed", backup,
                    e.getMessage()));
        }
    }

    private static BackupHeader readHeader(InputStream raw, Path backup) throws IOException {
        try {
            return BackupHeader.read(raw);
        } catch (BackupHeader.NotABackupException e) {
            throw new NotADatabaseException(phrase("{0} {1}; nothing was changed", backup, e.phrase()));
        }
    }

    /** The key that seals backups: derived from the same passphrase-derived secret as the database's key. */
    static SecretKey backupKey(DerivedKeys keys) {
        char[] pw = keys.h2Password();
        byte[] secret = new String(pw).getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(pw, '\0');
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(KEY_LABEL), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** An empty encrypted H2 database (no schema yet: the script brings its own) for the restore to fill. */
    static Connection createEmpty(DatabaseFile file, DerivedKeys keys) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(H2Pool.jdbcUrl(file));
        ds.setUser(H2Pool.user());
        char[] pw = keys.h2Password();
        try {
            ds.setPasswordChars(pw);
            return ds.getConnection();
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not remove a temporary file ({})", e.getClass().getSimpleName());
        }
    }

    /** Counts the bytes read from the backup file, for progress. */
    static final class CountingInput extends FilterInputStream {
        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}

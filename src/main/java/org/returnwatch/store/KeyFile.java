package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import org.returnwatch.work.Randomness;

/**
 * What the key file beside a database says about one database: the key derivation's salt, cost and
 * check value; the database's identifier and the random salt H2 wrote at the start of its data file
 * (so a key file of another database is told apart from a wrong passphrase); the last entry of its
 * history, authenticated with a key derived from the passphrase; and the count of wrong passphrases
 * in a row. It holds nothing about the records; without it the database cannot be opened.
 *
 * <p>The unlock counter cannot be authenticated: it changes on a wrong passphrase, when nothing
 * secret is known. It slows guessing through ReturnWatch; against someone who copies the files and
 * runs their own program, only the key derivation's cost stands (see the README's security section).
 *
 * @param databaseId  null in a key file of the previous release
 * @param fileSalt    null in a key file of the previous release
 * @param sealedHead  the history's last entry (number and hash), encrypted and authenticated with AES-GCM under
 *                    the passphrase-derived key-file key, so that it can neither be edited nor read (it would
 *                    tell how much work the database holds); null until the database has a history
 * @param failures    wrong passphrases in a row
 * @param lastFailure when the last wrong passphrase was tried, epoch milliseconds (0: never)
 */
record KeyFile(byte[] salt, int iterations, byte[] check, String databaseId, byte[] fileSalt, byte[] sealedHead,
               int failures, long lastFailure) {
    static final String FORMAT_1 = "returnwatch-key-1";
    static final String FORMAT = "returnwatch-key-2";
    static final int MIN_ITERATIONS = 1_000;
    /** Far above any real setting: a damaged or edited count must not make the derivation run for hours. */
    static final int MAX_ITERATIONS = 20_000_000;
    private static final int SALT_BYTES = 16;
    private static final int MAX_KEY_FILE_BYTES = 64 * 1024;

    KeyFile(byte[] salt, int iterations, byte[] check) {
        this(salt, iterations, check, null, null, null, 0, 0);
    }

    static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        Randomness.fill(salt);
        return salt;
    }

    static String newDatabaseId() {
        return UUID.randomUUID().toString();
    }

    boolean isPreviousFormat() {
        return databaseId == null;
    }

    KeyFile withIdentity(String id, byte[] dataSalt) {
        return new KeyFile(salt, iterations, check, id, dataSalt, sealedHead, failures, lastFailure);
    }

    KeyFile withHead(HistoryHead newHead, byte[] keyFileKey) {
        byte[] sealed = KeyFileHead.seal(newHead, keyFileKey, databaseId, fileSalt);
        return new KeyFile(salt, iterations, check, databaseId, fileSalt, sealed, failures, lastFailure);
    }

    KeyFile withFailures(int count, long at) {
        return new KeyFile(salt, iterations, check, databaseId, fileSalt, sealedHead, count, at);
    }

    boolean hasHead() {
        return sealedHead != null;
    }

    /**
     * The history's last entry as its holder recorded it; null when it was not written with {@code keyFileKey}
     * (edited).
     */
    HistoryHead head(byte[] keyFileKey) {
        return sealedHead == null ? null : KeyFileHead.open(sealedHead, keyFileKey, databaseId, fileSalt);
    }

    /** Reads the key file; a pending replacement (see {@link KeyFiles}) must have been settled first. */
    static KeyFile read(Path file) {
        KeyFiles.Stored stored = KeyFiles.read(file);
        if (stored.current() == null) {
            throw new NotADatabaseException(phrase("the key file {0} belongs to a database that was never "
                    + "completed; remove it", file));
        }
        return stored.current();
    }

    /** Written to a temporary file, synced and moved into place, so a crash never leaves half a key file. */
    void write(Path file) {
        KeyFiles.write(file, this, null);
    }

    static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_KEY_FILE_BYTES + 1);
            if (bytes.length > MAX_KEY_FILE_BYTES) {
                throw new NotADatabaseException(phrase("the key file {0} is far too large to be a ReturnWatch key "
                        + "file", file));
            }
            p.load(new java.io.ByteArrayInputStream(bytes));
        } catch (NoSuchFileException e) {
            throw new NotADatabaseException(phrase("the key file {0} is missing", file));
        } catch (IOException | IllegalArgumentException e) {
            throw new NotADatabaseException(phrase("the key file cannot be read: {0}", file));
        }
        return p;
    }

    /** The key file's fields under {@code prefix} ("" or "pending."), or null when there are none. */
    static KeyFile fromProperties(Properties p, String prefix, Path file) {
        if (p.getProperty(prefix + "salt") == null && p.getProperty(prefix + "format") == null) {
            return null;
        }
        String format = p.getProperty(prefix + "format");
        if (!FORMAT.equals(format) && !FORMAT_1.equals(format)) {
            throw damaged(file, "it is not a ReturnWatch key file, or one of a newer version");
        }
        int iterations = iterations(p.getProperty(prefix + "iterations"), file);
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(p.getProperty(prefix + "salt"));
            byte[] check = b64.decode(p.getProperty(prefix + "check"));
            if (FORMAT_1.equals(format)) {
                return new KeyFile(salt, iterations, check);
            }
            // a key file the previous release made, once a wrong passphrase was counted in it, has no identity yet
            String idText = p.getProperty(prefix + "database");
            String id = idText == null ? null : UUID.fromString(idText).toString();
            String fileText = p.getProperty(prefix + "file");
            byte[] dataSalt = fileText == null ? null : b64.decode(fileText);
            String history = p.getProperty(prefix + "history");
            byte[] sealed = history == null ? null : b64.decode(history);
            int failures = Integer.parseInt(p.getProperty(prefix + "unlock.failures", "0"));
            long last = Long.parseLong(p.getProperty(prefix + "unlock.last-failure", "0"));
            if (failures < 0 || last < 0) {
                throw new IllegalArgumentException("negative counter");
            }
            return new KeyFile(salt, iterations, check, id, dataSalt, sealed, failures, last);
        } catch (RuntimeException e) {
            throw damaged(file, "a field is missing or not valid");
        }
    }

    private static int iterations(String text, Path file) {
        long n;
        try {
            n = Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw damaged(file, "its iteration count is not a number");
        }
        if (n < MIN_ITERATIONS || n > MAX_ITERATIONS) {
            throw damaged(file, "its iteration count (" + n + ") is outside " + MIN_ITERATIONS + "–" + MAX_ITERATIONS);
        }
        return (int) n;
    }

    private static NotADatabaseException damaged(Path file, String why) {
        return new NotADatabaseException(phrase("the key file {0} is damaged or was edited: {1}", file, why));
    }

    void putInto(Properties p, String prefix) {
        Base64.Encoder b64 = Base64.getEncoder();
        p.setProperty(prefix + "format", FORMAT);
        p.setProperty(prefix + "kdf", "PBKDF2WithHmacSHA256");
        p.setProperty(prefix + "iterations", Integer.toString(iterations));
        p.setProperty(prefix + "salt", b64.encodeToString(salt));
        p.setProperty(prefix + "check", b64.encodeToString(check));
        if (databaseId != null) {
            p.setProperty(prefix + "database", databaseId);
        }
        if (fileSalt != null) {
            p.setProperty(prefix + "file", b64.encodeToString(fileSalt));
        }
        if (sealedHead != null) {
            p.setProperty(prefix + "history", b64.encodeToString(sealedHead));
        }
        p.setProperty(prefix + "unlock.failures", Integer.toString(failures));
        p.setProperty(prefix + "unlock.last-failure", Long.toString(lastFailure));
    }

    static byte[] bytes(Properties p) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.store(out, "ReturnWatch database key parameters: keep with the database, do not edit");
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }
}

package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.returnwatch.i18n.Phrase;
import org.returnwatch.work.Randomness;

/**
 * The unencrypted start of a backup file: what is needed to derive its key from the passphrase
 * (the key file's salt, cost and check value, so that a backup restores on a machine that has
 * nothing else) and the random nonce prefix of its encrypted blocks. It is authenticated as part of
 * every block, so a changed header is caught like a changed block.
 */
record BackupHeader(int iterations, byte[] salt, byte[] check, byte[] noncePrefix) {
    static final byte[] MAGIC = "RWBACKUP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int NONCE_PREFIX_BYTES = 7;
    private static final int MAX_FIELD = 255;
    /** Far above any real setting; a damaged header must not make the key derivation run for hours. */
    private static final int MAX_ITERATIONS = 50_000_000;

    static BackupHeader fresh(KeyFile keyFile) {
        byte[] prefix = new byte[NONCE_PREFIX_BYTES];
        Randomness.fill(prefix);
        return new BackupHeader(keyFile.iterations(), keyFile.salt(), keyFile.check(), prefix);
    }

    KeyFile keyFile() {
        return new KeyFile(salt, iterations, check);
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(b);
            out.write(MAGIC);
            out.writeByte(VERSION);
            out.writeInt(iterations);
            out.writeByte(salt.length);
            out.write(salt);
            out.writeByte(check.length);
            out.write(check);
            out.write(noncePrefix);
            out.flush();
            return b.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    /** Reads the header; {@link NotABackupException} when the file is not a ReturnWatch backup at all. */
    static BackupHeader read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        try {
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new NotABackupException(phrase("is not a ReturnWatch backup"));
            }
            int version = data.readUnsignedByte();
            if (version != VERSION) {
                throw new NotABackupException(phrase(
                        "is a backup format (version {0}) this ReturnWatch cannot read; use the version that wrote it",
                        version));
            }
            int iterations = data.readInt();
            byte[] salt = field(data);
            byte[] check = field(data);
            byte[] prefix = new byte[NONCE_PREFIX_BYTES];
            data.readFully(prefix);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || check.length == 0) {
                throw new NotABackupException(phrase("is damaged (its header is not valid)"));
            }
            return new BackupHeader(iterations, salt, check, prefix);
        } catch (EOFException e) {
            throw new NotABackupException(phrase("is not a ReturnWatch backup (it is too short)"));
        }
    }

    private static byte[] field(DataInputStream data) throws IOException {
        int n = data.readUnsignedByte();
        if (n > MAX_FIELD) {
            throw new NotABackupException(phrase("is damaged (its header is not valid)"));
        }
        byte[] b = new byte[n];
        data.readFully(b);
        return b;
    }

    /** A file that is not a backup, or one whose damage shows already in its header. */
    static final class NotABackupException extends PhrasedIOException {
        private static final long serialVersionUID = 1L;

        NotABackupException(Phrase phrase) {
            super(phrase);
        }
    }
}

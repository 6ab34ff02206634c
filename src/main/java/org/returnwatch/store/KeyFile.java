package org.returnwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The small file kept beside the database with the key derivation's salt, cost and check value.
 * It holds nothing about the records; without it the database cannot be opened.
 */
record KeyFile(byte[] salt, int iterations, byte[] check) {
    static final String FORMAT = "returnwatch-key-1";
    private static final int SALT_BYTES = 16;

    static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    static KeyFile read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new NotADatabaseException("the key file cannot be read: " + file);
        }
        try {
            if (!FORMAT.equals(p.getProperty("format"))) {
                throw new IllegalArgumentException("format");
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new KeyFile(b64.decode(p.getProperty("salt")), Integer.parseInt(p.getProperty("iterations")),
                    b64.decode(p.getProperty("check")));
        } catch (RuntimeException e) {
            throw new NotADatabaseException("the key file is damaged or not a ReturnWatch key file: " + file);
        }
    }

    /** Written to a temporary file and moved into place, so a crash never leaves half a key file. */
    void write(Path file) {
        Properties p = new Properties();
        Base64.Encoder b64 = Base64.getEncoder();
        p.setProperty("format", FORMAT);
        p.setProperty("kdf", "PBKDF2WithHmacSHA256");
        p.setProperty("iterations", Integer.toString(iterations));
        p.setProperty("salt", b64.encodeToString(salt));
        p.setProperty("check", b64.encodeToString(check));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "ReturnWatch database key parameters: keep with the database, do not edit");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write the key file " + file + ": " + e.getMessage());
        }
    }
}

package org.returnwatch.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys derived from a passphrase: one 256-bit master key from PBKDF2-HMAC-SHA256, expanded by
 * HMAC into H2's file and user passwords, a check value that tells a wrong passphrase apart from
 * a damaged file before H2 is asked, and the key that authenticates what the key file records about
 * the database (its history's last entry), so that the key file cannot be edited to match an older
 * copy of the database. (Asking PBKDF2 itself for more than 256 bits would make us pay
 * the iteration count once per block while an attacker needs only one block to test a guess.)
 */
final class DerivedKeys implements AutoCloseable {
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final byte[] CHECK_LABEL = "ReturnWatch passphrase check v1".getBytes(StandardCharsets.US_ASCII);
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** File password, user password, check key, key-file key: each 32 bytes of {@link #material}. */
    private static final int SUBKEYS = 4;
    private static final int FILE = 0;
    private static final int USER = 1;
    private static final int CHECK = 2;
    private static final int KEY_FILE = 3;

    private final byte[] material;

    private DerivedKeys(byte[] material) {
        this.material = material;
    }

    static DerivedKeys derive(Passphrase passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase.chars(), salt, iterations, KEY_BYTES * 8);
        byte[] master = null;
        try {
            master = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            byte[] material = new byte[SUBKEYS * KEY_BYTES];
            for (int i = 0; i < SUBKEYS; i++) {
                byte[] sub = hmac(master, ("ReturnWatch subkey " + i).getBytes(StandardCharsets.US_ASCII));
                System.arraycopy(sub, 0, material, i * KEY_BYTES, KEY_BYTES);
                Arrays.fill(sub, (byte) 0);
            }
            return new DerivedKeys(material);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
            if (master != null) {
                Arrays.fill(master, (byte) 0);
            }
        }
    }

    private static byte[] hmac(byte[] key, byte[] message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }

    /** H2's password for CIPHER=AES: "filepassword userpassword", as characters that can be wiped. */
    char[] h2Password() {
        return h2Password(this, this);
    }

    /**
     * The file password of {@code file} and the user password of {@code user}: what opens a copy
     * re-encrypted for a new passphrase before its user password is changed too.
     */
    static char[] h2Password(DerivedKeys file, DerivedKeys user) {
        char[] pw = new char[4 * KEY_BYTES + 1];
        file.hex(FILE * KEY_BYTES, pw, 0);
        pw[2 * KEY_BYTES] = ' ';
        user.hex(USER * KEY_BYTES, pw, 2 * KEY_BYTES + 1);
        return pw;
    }

    /** The file password alone, as H2's file encryption takes it (for re-encrypting a copy). */
    char[] filePassword() {
        char[] pw = new char[2 * KEY_BYTES];
        hex(FILE * KEY_BYTES, pw, 0);
        return pw;
    }

    /** The user password alone, as H2's ALTER USER takes it. */
    char[] userPassword() {
        char[] pw = new char[2 * KEY_BYTES];
        hex(USER * KEY_BYTES, pw, 0);
        return pw;
    }

    byte[] check() {
        return mac(CHECK, CHECK_LABEL);
    }

    /** An HMAC under the key-file key: authenticates what the key file says about its database. */
    byte[] keyFileMac(byte[] message) {
        return mac(KEY_FILE, message);
    }

    /**
     * A copy of the key-file key, for an open database to update its key file after each change; the holder wipes
     * it.
     */
    byte[] keyFileKey() {
        return Arrays.copyOfRange(material, KEY_FILE * KEY_BYTES, (KEY_FILE + 1) * KEY_BYTES);
    }

    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            return hmac(key, message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    private byte[] mac(int subkey, byte[] message) {
        byte[] key = Arrays.copyOfRange(material, subkey * KEY_BYTES, (subkey + 1) * KEY_BYTES);
        try {
            return hmacSha256(key, message);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    boolean matches(byte[] expectedCheck) {
        return MessageDigest.isEqual(check(), expectedCheck);
    }

    private void hex(int from, char[] out, int at) {
        for (int i = 0; i < KEY_BYTES; i++) {
            int b = material[from + i] & 0xff;
            out[at + 2 * i] = HEX[b >>> 4];
            out[at + 2 * i + 1] = HEX[b & 0x0f];
        }
    }

    @Override
    public void close() {
        Arrays.fill(material, (byte) 0);
    }
}

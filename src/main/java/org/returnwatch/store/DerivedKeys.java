package org.returnwatch.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys derived from a passphrase with PBKDF2-HMAC-SHA256: H2's file and user passwords, and a
 * check value that tells a wrong passphrase apart from a damaged file before H2 is asked.
 */
final class DerivedKeys implements AutoCloseable {
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final byte[] CHECK_LABEL = "ReturnWatch passphrase check v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] material;

    private DerivedKeys(byte[] material) {
        this.material = material;
    }

    static DerivedKeys derive(Passphrase passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase.chars(), salt, iterations, 3 * KEY_BYTES * 8);
        try {
            byte[] out = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            return new DerivedKeys(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** H2's password for CIPHER=AES: "filepassword userpassword", as characters that can be wiped. */
    char[] h2Password() {
        char[] pw = new char[4 * KEY_BYTES + 1];
        hex(0, pw, 0);
        pw[2 * KEY_BYTES] = ' ';
        hex(KEY_BYTES, pw, 2 * KEY_BYTES + 1);
        return pw;
    }

    byte[] check() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Arrays.copyOfRange(material, 2 * KEY_BYTES, 3 * KEY_BYTES), "HmacSHA256"));
            return mac.doFinal(CHECK_LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
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

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
 * HMAC into H2's file and user passwords and a check value that tells a wrong passphrase apart from
 * a damaged file before H2 is asked. (Asking PBKDF2 itself for more than 256 bits would make us pay
 * the iteration count once per block while an attacker needs only one block to test a guess.)
 */
final class DerivedKeys implements AutoCloseable {
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final byte[] CHECK_LABEL = "ReturnWatch passphrase check v1".getBytes(StandardCharsets.US_ASCII);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] material;

    private DerivedKeys(byte[] material) {
        this.material = material;
    }

    static DerivedKeys derive(Passphrase passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase.chars(), salt, iterations, KEY_BYTES * 8);
        byte[] master = null;
        try {
            master = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            byte[] material = new byte[3 * KEY_BYTES];
            for (int i = 0; i < 3; i++) {
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
        char[] pw = new char[4 * KEY_BYTES + 1];
        hex(0, pw, 0);
        pw[2 * KEY_BYTES] = ' ';
        hex(KEY_BYTES, pw, 2 * KEY_BYTES + 1);
        return pw;
    }

    byte[] check() {
        try {
            return hmac(Arrays.copyOfRange(material, 2 * KEY_BYTES, 3 * KEY_BYTES), CHECK_LABEL);
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

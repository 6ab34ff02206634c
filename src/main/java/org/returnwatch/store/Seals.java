package org.returnwatch.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hashes (HMAC-SHA256) that make damage visible: the seal stored beside each record,
 * tactic and saved chart, and the hash of each history entry. H2's AES encryption has no integrity
 * check of its own, so a changed byte in the file would otherwise read as different data. The key
 * is random, made once per database and kept only inside the encrypted database, like the key of
 * pseudonymised exports; changing the passphrase therefore leaves every seal valid.
 */
final class Seals {
    static final String META_KEY = "seal_key";
    static final int KEY_BYTES = 32;

    private final byte[] key;

    Seals(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a seal key is " + KEY_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    /** The seal of a record: its kind, identity and canonical fields. */
    byte[] record(String kind, Object id, Object ref, long version, String fieldsJson) {
        return mac(("RW-SEAL-1|" + kind + "|" + id + "|" + ref + "|" + version + "|" + fieldsJson)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of a history entry: the previous entry's hash and this entry's canonical text. */
    byte[] entry(byte[] previous, String entryJson) {
        try {
            Mac mac = mac();
            mac.update("RW-HISTORY-1|".getBytes(StandardCharsets.US_ASCII));
            mac.update(previous);
            mac.update(entryJson.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    private byte[] mac(byte[] message) {
        try {
            return mac().doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    private Mac mac() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac;
    }

    void wipe() {
        Arrays.fill(key, (byte) 0);
    }
}

package org.returnwatch.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.returnwatch.work.Randomness;

/**
 * The key file's record of the history's last entry: its number and hash, encrypted with AES-256-GCM
 * under the key-file key derived from the passphrase, bound to the database's identifier and data
 * file. Without the passphrase it can be neither read nor forged, and it cannot be moved to another
 * database's key file.
 */
final class KeyFileHead {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private KeyFileHead() {
    }

    static byte[] seal(HistoryHead head, byte[] key, String databaseId, byte[] fileSalt) {
        byte[] nonce = new byte[NONCE_BYTES];
        Randomness.fill(nonce);
        byte[] plain = ByteBuffer.allocate(Long.BYTES + HistoryHead.HASH_BYTES).putLong(head.seq()).put(head.hash())
                .array();
        try {
            Cipher gcm = cipher(Cipher.ENCRYPT_MODE, key, nonce, databaseId, fileSalt);
            byte[] sealed = gcm.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** The head, or null when the sealed bytes were not made with this key for this database (edited, or foreign). */
    static HistoryHead open(byte[] sealed, byte[] key, String databaseId, byte[] fileSalt) {
        if (sealed.length <= NONCE_BYTES) {
            return null;
        }
        try {
            Cipher gcm = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, NONCE_BYTES), databaseId, fileSalt);
            ByteBuffer plain = ByteBuffer.wrap(gcm.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
            if (plain.remaining() != Long.BYTES + HistoryHead.HASH_BYTES) {
                return null;
            }
            long seq = plain.getLong();
            byte[] hash = new byte[HistoryHead.HASH_BYTES];
            plain.get(hash);
            return seq < 0 ? null : new HistoryHead(seq, hash);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String databaseId, byte[] fileSalt)
            throws GeneralSecurityException {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        gcm.updateAAD(("RW-KEYFILE-HEAD-2|" + databaseId + "|" + (fileSalt == null ? ""
                : Base64.getEncoder().encodeToString(fileSalt))).getBytes(StandardCharsets.UTF_8));
        return gcm;
    }
}

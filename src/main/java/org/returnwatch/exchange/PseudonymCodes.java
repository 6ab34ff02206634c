package org.returnwatch.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes that stand for people in a pseudonymised copy ({@code PERSON-7K3QM9XD}): a keyed hash of
 * the record's identifier under a key kept only inside the database, so a person has the same code
 * in every copy shared (researchers can follow a case across updates) while nobody without the
 * database can compute a code from a name or undo one.
 */
final class PseudonymCodes {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 8;

    private final byte[] key;
    private final Map<String, UUID> taken = new HashMap<>();
    private final Map<UUID, String> given = new HashMap<>();

    PseudonymCodes(byte[] key) {
        this.key = key.clone();
    }

    String code(String prefix, UUID id) {
        return given.computeIfAbsent(id, i -> {
            String digest = base32(hmac(prefix + ":" + i));
            // 40 bits make a clash unlikely; should one happen, the later record takes a longer code.
            for (int len = LENGTH; ; len += 2) {
                String code = prefix + "-" + digest.substring(0, len);
                if (taken.putIfAbsent(code, i) == null) {
                    return code;
                }
            }
        });
    }

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}

package org.returnwatch.store;

import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import org.returnwatch.work.Randomness;

/**
 * The secret key behind the codes (PERSON-…) of pseudonymised exports. It is made once, kept only
 * inside the encrypted database (and its encrypted backups), and never exported, so the same
 * person gets the same code in every copy shared, while nobody without the database can link a
 * code back to a name.
 */
public final class PseudonymKey {
    private static final String META_KEY = "pseudonym_key";
    private static final int KEY_BYTES = 32;

    private PseudonymKey() {
    }

    /** The database's key, made on first use (one small write of its own). */
    public static byte[] getOrCreate(Store store) {
        byte[] existing = store.read(PseudonymKey::read);
        if (existing != null) {
            return existing;
        }
        return store.write(tx -> {
            byte[] again = read(tx);
            if (again != null) {
                return again;
            }
            byte[] key = new byte[KEY_BYTES];
            Randomness.fill(key);
            Sql.update(tx, "INSERT INTO rw_meta (meta_key, meta_value) VALUES (?, ?)",
                    List.of(META_KEY, Base64.getEncoder().encodeToString(key)));
            return key;
        });
    }

    private static byte[] read(Transaction tx) throws SQLException {
        List<String> v = Sql.query(tx, "SELECT meta_value FROM rw_meta WHERE meta_key = ?", List.of(META_KEY),
                rs -> rs.getString(1));
        return v.isEmpty() ? null : Base64.getDecoder().decode(v.get(0));
    }
}

package org.returnwatch.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The database's own settings and keys, in the rw_meta table inside the encrypted file. */
final class Meta {
    private Meta() {
    }

    static Optional<String> get(Database db, String key) {
        return db.read(tx -> get(tx, key));
    }

    static Optional<String> get(Transaction tx, String key) throws SQLException {
        return Sql.query(tx, "SELECT meta_value FROM rw_meta WHERE meta_key = ?", List.of(key), rs -> rs.getString(1))
                .stream().findFirst();
    }

    static void put(Transaction tx, String key, String value) throws SQLException {
        if (Sql.update(tx, "UPDATE rw_meta SET meta_value = ? WHERE meta_key = ?", List.of(value, key)) == 0) {
            Sql.update(tx, "INSERT INTO rw_meta (meta_key, meta_value) VALUES (?, ?)", List.of(key, value));
        }
    }
}

package org.returnwatch.store;

import java.io.ByteArrayInputStream;
import java.sql.PreparedStatement;
import java.util.UUID;

/** Changes a stored file's bytes behind the program's back, as damage or tampering would. */
public final class Tamper {
    private Tamper() {
    }

    /** A plain connection to a closed database, past everything the program checks: no migration, no seals. */
    public static java.sql.Connection connect(DatabaseFile file, Passphrase p) throws java.sql.SQLException {
        KeyFile kf = KeyFile.read(file.keyFile());
        try (DerivedKeys keys = DerivedKeys.derive(p, kf.salt(), kf.iterations())) {
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(H2Pool.jdbcUrl(file));
            ds.setUser(H2Pool.user());
            ds.setPasswordChars(keys.h2Password());
            return ds.getConnection();
        }
    }

    /** A count read straight from the tables, whatever the program shows. */
    public static int count(Transaction tx, String query) throws java.sql.SQLException {
        return Sql.query(tx, query, java.util.List.of(), rs -> rs.getInt(1)).get(0);
    }

    /** Runs a statement on an open database behind the program's back: no seal, no history. */
    public static int sql(Store store, String statement) {
        return store.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(statement)) {
                return ps.executeUpdate();
            }
        });
    }

    public static void overwriteContent(Store store, UUID attachment, byte[] bytes) {
        store.write(tx -> {
            try (PreparedStatement ps = tx.connection()
                    .prepareStatement("UPDATE attachment SET content = ? WHERE id = ?")) {
                ps.setBinaryStream(1, new ByteArrayInputStream(bytes), bytes.length);
                ps.setObject(2, attachment);
                ps.executeUpdate();
            }
            return null;
        });
    }
}

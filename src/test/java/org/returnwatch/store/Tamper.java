package org.returnwatch.store;

import java.io.ByteArrayInputStream;
import java.sql.PreparedStatement;
import java.util.UUID;

/** Changes a stored file's bytes behind the program's back, as damage or tampering would. */
public final class Tamper {
    private Tamper() {
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

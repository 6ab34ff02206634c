package org.returnwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One unit of work on one connection; repositories take it so that callers decide what is atomic. */
public final class Transaction {
    private final Connection connection;
    private final boolean readOnly;

    Transaction(Connection connection, boolean readOnly) {
        this.connection = connection;
        this.readOnly = readOnly;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        if (readOnly && !sql.stripLeading().regionMatches(true, 0, "SELECT", 0, 6)) {
            throw new IllegalStateException("a read transaction cannot write");
        }
        return connection.prepareStatement(sql);
    }

    Connection connection() {
        return connection;
    }
}

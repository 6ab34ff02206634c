package org.returnwatch.store;

import java.sql.SQLException;

/** Work done inside a transaction. */
@FunctionalInterface
public interface TxWork<T> {
    T run(Transaction tx) throws SQLException;
}

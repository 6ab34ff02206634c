package org.returnwatch.store;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where a repository writes the rows that hang off a record (aliases, tactics, status steps): at
 * once, replacing what the record had (a save), or into JDBC batches for a record known to be new
 * (a bulk import, see {@link BulkWrite}). The repositories describe their children once for both.
 */
interface ChildRows {
    <C> void replace(String table, String ownerColumn, UUID owner, String[] valueColumns, List<C> children,
                     Function<C, List<Object>> values) throws SQLException;

    /** Rows written at once in the transaction, the old ones of the owner deleted first. */
    static ChildRows direct(Transaction tx) {
        return new ChildRows() {
            @Override
            public <C> void replace(String table, String ownerColumn, UUID owner, String[] valueColumns,
                                    List<C> children, Function<C, List<Object>> values) throws SQLException {
                Sql.replaceChildren(tx, table, ownerColumn, owner, valueColumns, children, values);
            }
        };
    }
}

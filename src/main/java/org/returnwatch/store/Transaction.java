package org.returnwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One unit of work on one connection; repositories take it so that callers decide what is atomic.
 * A write transaction also collects the history entries of its changes (see {@link Journal}).
 */
public final class Transaction {
    private final Connection connection;
    private final boolean readOnly;
    private final Seals seals;
    private final Journal journal;
    /** The database's count of commits; null where the transaction is not one of a database's (migrations). */
    private final WriteCount writes;
    /** Above zero while a record is read as stored, unchecked: what it reads along (a series' points) is too. */
    private int unchecked;
    /** Children read ahead for a page of records (see {@link CaseChildren}); null when none are. */
    private Object readAhead;

    Transaction(Connection connection, boolean readOnly, Seals seals) {
        this(connection, readOnly, seals, null);
    }

    Transaction(Connection connection, boolean readOnly, Seals seals, WriteCount writes) {
        this.connection = connection;
        this.readOnly = readOnly;
        this.seals = seals;
        this.journal = readOnly ? null : new Journal();
        this.writes = writes;
    }

    /** The count of the database's commits, for what may be read once and used again; null if none is kept. */
    WriteCount writes() {
        return writes;
    }

    /**
     * Says what the changes made from here on are part of (an import, a merge, a revert), with a
     * note in words; their history entries record it. Changes are {@link ChangeOrigin#EDIT} unless
     * said otherwise.
     */
    public void origin(ChangeOrigin origin, String note) {
        journal().origin(origin, note);
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

    Seals seals() {
        if (seals == null) {
            throw new IllegalStateException("the database has no seal key yet");
        }
        return seals;
    }

    /** Runs a read of records as stored, whatever their seals say (for history, checking and sealing). */
    <T> T unchecked(TxWork<T> work) throws SQLException {
        unchecked++;
        try {
            return work.run(this);
        } finally {
            unchecked--;
        }
    }

    /** Runs {@code work} with {@code children} at hand for the records it reads. */
    <T> T withReadAhead(Object children, TxWork<T> work) throws SQLException {
        Object before = readAhead;
        readAhead = children;
        try {
            return work.run(this);
        } finally {
            readAhead = before;
        }
    }

    <T> T readAhead(Class<T> type) {
        return type.isInstance(readAhead) ? type.cast(readAhead) : null;
    }

    boolean checksSeals() {
        return unchecked == 0;
    }

    boolean hasSeals() {
        return seals != null;
    }

    Journal journal() {
        if (journal == null) {
            throw new IllegalStateException("a read transaction records no history");
        }
        return journal;
    }
}

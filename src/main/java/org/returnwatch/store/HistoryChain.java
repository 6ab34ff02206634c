package org.returnwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;

/**
 * The history table as a hash chain: entry n's hash is an HMAC over entry n−1's hash and entry n's
 * own canonical text, so changing, removing or reordering any entry breaks every hash after it.
 * The last entry's number and hash are also kept, authenticated, in the key file.
 */
final class HistoryChain {
    static final String COLUMNS = "seq, at, caseworker, action, origin, record_kind, record_id, record_ref, "
            + "before_fields, after_fields, note, entry_hash";
    private static final int MAX_NOTE = 2000;
    private static final int MAX_CASEWORKER = 200;
    /** A bulk import's entries go out a few thousand at a time, not as one batch held whole by the driver. */
    private static final int SEND_EVERY = 2_000;

    private HistoryChain() {
    }

    /** The last entry, or {@link HistoryHead#EMPTY} for a history with none. */
    static HistoryHead head(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, entry_hash FROM history ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? new HistoryHead(rs.getLong(1), rs.getBytes(2)) : HistoryHead.EMPTY;
        }
    }

    /** The hash stored for entry {@code seq}, if there is such an entry. */
    static Optional<byte[]> hashOf(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_hash FROM history WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** Writes the transaction's changes after {@code head}; returns the new head. */
    static HistoryHead append(Connection c, HistoryHead head, List<Journal.Change> changes, String caseworker,
                              Seals seals) throws SQLException {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String who = clip(caseworker, MAX_CASEWORKER);
        long seq = head.seq();
        byte[] previous = head.hash();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO history (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Journal.Change ch : changes) {
                seq++;
                HistoryEntry e = new HistoryEntry(seq, at, who, ch.action(), ch.origin(), ch.kind(), ch.id(), ch.ref(),
                        ch.before(), ch.after(), clip(ch.note(), MAX_NOTE), ch.item());
                byte[] hash = seals.entry(previous, e.canonical());
                bind(ps, e, hash);
                ps.addBatch();
                previous = hash;
                if ((seq - head.seq()) % SEND_EVERY == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return new HistoryHead(seq, previous);
    }

    private static void bind(PreparedStatement ps, HistoryEntry e, byte[] hash) throws SQLException {
        ps.setLong(1, e.seq());
        ps.setObject(2, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
        ps.setString(3, e.caseworker());
        ps.setString(4, e.action().name());
        ps.setString(5, e.origin().name());
        ps.setString(6, e.kind() == null ? e.item() : e.kind().name());
        ps.setObject(7, e.recordId());
        ps.setString(8, e.ref());
        ps.setString(9, e.before());
        ps.setString(10, e.after());
        ps.setString(11, e.note());
        ps.setBytes(12, hash);
    }

    /** Maps a row selected with {@link #COLUMNS}. */
    static HistoryEntry entry(ResultSet rs) throws SQLException {
        String kind = rs.getString("record_kind");
        boolean item = kind != null && ItemSeals.KINDS.contains(kind);
        return new HistoryEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("caseworker"), HistoryAction.valueOf(rs.getString("action")),
                ChangeOrigin.valueOf(rs.getString("origin")), kind == null || item ? null : RecordKind.valueOf(kind),
                rs.getObject("record_id", UUID.class), rs.getString("record_ref"), rs.getString("before_fields"),
                rs.getString("after_fields"), rs.getString("note"), item ? kind : null);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package org.returnwatch.store;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/**
 * The store's side of merging one case or actor into another: moving every row that points at the
 * removed record to the kept one (and back, for an undo), and the record of the merge, through
 * which the removed record's reference and identifier still lead to the kept record.
 */
public final class Merges {
    private final LinkRepository links;
    private final CitationRepository citations;

    Merges(LinkRepository links, CitationRepository citations) {
        this.links = links;
        this.citations = citations;
    }

    /**
     * What a merge moved from the removed record to the kept one, by identifier, and the links
     * between the two, which would join the kept record to itself and so were taken out whole.
     */
    public record Moved(List<UUID> incidents, List<UUID> linksFrom, List<UUID> linksTo, List<UUID> citations,
                        List<UUID> earlierMerges, List<Link> linksBetween, List<Citation> linksBetweenCited) {
    }

    /** A merge on record: which record went, under which reference, into which record. */
    public record Merged(RecordKind kind, UUID oldId, Reference oldRef, UUID keptId, long keptVersion,
                         OffsetDateTime mergedAt, String undoData) {
    }

    /** Points everything that pointed at {@code from} at {@code to}, in the caller's transaction. */
    public Moved moveAll(Transaction tx, RecordKind kind, UUID from, UUID to) {
        try {
            String column = kind == RecordKind.CASE ? "case_id" : "perpetrator_id";
            List<UUID> incidents = ids(tx, "SELECT id FROM incident WHERE " + column + " = ?", from);
            List<Link> between = links.select(tx, "WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)",
                    List.of(from, to, to, from));
            List<Citation> betweenCited = new ArrayList<>();
            for (Link l : between) {
                betweenCited.addAll(citations.forRecord(tx, l.id()));
                links.delete(tx, l.id(), l.version());
            }
            List<UUID> linksFrom = ids(tx, "SELECT id FROM link WHERE from_id = ?", from);
            List<UUID> linksTo = ids(tx, "SELECT id FROM link WHERE to_id = ?", from);
            List<UUID> citations = ids(tx, "SELECT id FROM citation WHERE record_id = ?", from);
            List<UUID> earlier = Sql.query(tx, "SELECT old_id FROM merged_record WHERE kept_id = ?", List.of(from),
                    rs -> Sql.uuid(rs, "old_id"));
            repoint(tx, "incident", column, incidents, to);
            repoint(tx, "link", "from_id", linksFrom, to);
            repoint(tx, "link", "to_id", linksTo, to);
            repoint(tx, "citation", "record_id", citations, to);
            for (UUID e : earlier) {
                Sql.update(tx, "UPDATE merged_record SET kept_id = ? WHERE old_id = ?", List.of(to, e));
            }
            return new Moved(incidents, linksFrom, linksTo, citations, earlier, between, betweenCited);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "moving what points at the merged record");
        }
    }

    /** Undoes {@link #moveAll}: what was moved from {@code from} to {@code to} goes back, the links between return. */
    public void moveBack(Transaction tx, RecordKind kind, Moved moved, UUID from, UUID to) {
        try {
            repoint(tx, "incident", kind == RecordKind.CASE ? "case_id" : "perpetrator_id", moved.incidents(), from);
            repoint(tx, "link", "from_id", moved.linksFrom(), from);
            repoint(tx, "link", "to_id", moved.linksTo(), from);
            repoint(tx, "citation", "record_id", moved.citations(), from);
            for (UUID e : moved.earlierMerges()) {
                Sql.update(tx, "UPDATE merged_record SET kept_id = ? WHERE old_id = ? AND kept_id = ?",
                        List.of(from, e, to));
            }
            for (Link l : moved.linksBetween()) {
                links.insert(tx, links.findByRef(tx, l.ref()).isPresent() ? links.withoutRef(l) : l);
            }
            for (Citation c : moved.linksBetweenCited()) {
                citations.insert(tx, citations.findByRef(tx, c.ref()).isPresent() ? citations.withoutRef(c) : c);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "moving back what the merge moved");
        }
    }

    public void record(Transaction tx, Merged m) {
        try {
            Sql.update(tx, "INSERT INTO merged_record (old_id, record_kind, old_ref_number, kept_id, kept_version, "
                    + "merged_at, undo_data) VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(m.oldId(), m.kind().name(),
                    m.oldRef().number(), m.keptId(), m.keptVersion(), m.mergedAt(), m.undoData()));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "recording the merge");
        }
    }

    public void forget(Transaction tx, UUID oldId) {
        try {
            Sql.update(tx, "DELETE FROM merged_record WHERE old_id = ?", List.of(oldId));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "forgetting the merge");
        }
    }

    /** The merge that removed the record with this reference, if one did. */
    public Optional<Merged> ofReference(Transaction tx, Reference ref) {
        return first(tx, "WHERE record_kind = ? AND old_ref_number = ?", List.of(ref.kind().name(), ref.number()));
    }

    /** The merge that removed the record with this identifier, if one did. */
    public Optional<Merged> ofRecord(Transaction tx, UUID oldId) {
        return first(tx, "WHERE old_id = ?", List.of(oldId));
    }

    /** The merges into a record, newest first. */
    public List<Merged> into(Transaction tx, UUID keptId) {
        return select(tx, "WHERE kept_id = ? ORDER BY merged_at DESC", List.of(keptId));
    }

    /** Whether a reference belonged to a record merged away: it is never given to another record. */
    public boolean isRetired(Transaction tx, Reference ref) {
        return ref != null && ofReference(tx, ref).isPresent();
    }

    private Optional<Merged> first(Transaction tx, String where, List<Object> params) {
        List<Merged> found = select(tx, where, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Merged> select(Transaction tx, String where, List<Object> params) {
        try {
            return Sql.query(tx, "SELECT * FROM merged_record " + where, params, rs -> {
                RecordKind kind = RecordKind.valueOf(rs.getString("record_kind"));
                return new Merged(kind, Sql.uuid(rs, "old_id"), new Reference(kind, rs.getInt("old_ref_number")),
                        Sql.uuid(rs, "kept_id"), rs.getLong("kept_version"),
                        rs.getObject("merged_at", OffsetDateTime.class), rs.getString("undo_data"));
            });
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "reading merges");
        }
    }

    private static List<UUID> ids(Transaction tx, String sql, UUID id) throws SQLException {
        return Sql.query(tx, sql + " ORDER BY ref_number", List.of(id), rs -> rs.getObject(1, UUID.class));
    }

    /** A moved row gets a new version, so that a screen holding the old one is told, not overwritten. */
    private static void repoint(Transaction tx, String table, String column, List<UUID> ids, UUID to)
            throws SQLException {
        for (UUID id : ids) {
            Sql.update(tx, "UPDATE " + table + " SET " + column + " = ?, version = version + 1, updated_at = ? "
                    + "WHERE id = ?", List.of(to, OffsetDateTime.now(ZoneOffset.UTC), id));
        }
    }
}

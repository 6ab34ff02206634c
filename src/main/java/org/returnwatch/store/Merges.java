package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/**
 * The store's side of merging one case or actor into another: moving every row that points at the
 * removed record to the kept one (and back, for an undo), and the record of the merge, through
 * which the removed record's reference and identifier still lead to the kept record.
 */
public final class Merges {
    private final IncidentRepository incidents;
    private final LinkRepository links;
    private final CitationRepository citations;

    Merges(IncidentRepository incidents, LinkRepository links, CitationRepository citations) {
        this.incidents = incidents;
        this.links = links;
        this.citations = citations;
    }

    /**
     * What a merge moved from the removed record to the kept one, by identifier, and the links
     * between the two, which would join the kept record to itself and so were taken out whole.
     */
    public record Moved(List<UUID> incidents, List<UUID> linksFrom, List<UUID> linksTo, List<UUID> citations,
                        List<UUID> earlierMerges, List<Link> linksBetween, List<Citation> linksBetweenCited,
                        List<UUID> incidentsWithBoth, List<UUID> attachments, List<UUID> followUps) {
        public Moved {
            incidentsWithBoth = incidentsWithBoth == null ? List.of() : incidentsWithBoth;
            attachments = attachments == null ? List.of() : attachments;
            followUps = followUps == null ? List.of() : followUps;
        }
    }

    /** A merge on record: which record went, under which reference, into which record. */
    public record Merged(RecordKind kind, UUID oldId, Reference oldRef, UUID keptId, long keptVersion,
                         OffsetDateTime mergedAt, String undoData) {
    }

    /**
     * Points everything that pointed at {@code from} at {@code to}, in the caller's transaction. Incidents,
     * links and citations are saved through their repositories, so each move is sealed and in the history
     * like any other change, and a screen holding an older version is told rather than overwritten.
     */
    public Moved moveAll(Transaction tx, RecordKind kind, UUID from, UUID to) {
        try {
            boolean isCase = kind == RecordKind.CASE;
            List<UUID> incidentIds = isCase ? ids(tx, "SELECT id FROM incident WHERE case_id = ?", from)
                    : ids(tx, "SELECT id FROM incident WHERE id IN (SELECT incident_id FROM incident_perpetrator "
                    + "WHERE actor_id = ?)", from);
            List<UUID> withBoth = new ArrayList<>();
            List<Link> between = links.select(tx, "WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)",
                    List.of(from, to, to, from));
            List<Citation> betweenCited = new ArrayList<>();
            for (Link l : between) {
                betweenCited.addAll(citations.forRecord(tx, l.id()));
                links.delete(tx, l.id(), l.version());
            }
            List<UUID> linksFrom = ids(tx, "SELECT id FROM link WHERE from_id = ?", from);
            List<UUID> linksTo = ids(tx, "SELECT id FROM link WHERE to_id = ?", from);
            List<UUID> cited = ids(tx, "SELECT id FROM citation WHERE record_id = ?", from);
            List<UUID> earlier = Sql.query(tx, "SELECT old_id FROM merged_record WHERE kept_id = ?", List.of(from),
                    rs -> Sql.uuid(rs, "old_id"));
            List<UUID> attached = Sql.query(tx, "SELECT id FROM attachment WHERE record_id = ?", List.of(from),
                    rs -> Sql.uuid(rs, "id"));
            List<UUID> tasks = isCase ? Sql.query(tx, "SELECT id FROM follow_up WHERE case_id = ?", List.of(from),
                    rs -> Sql.uuid(rs, "id")) : List.of();
            for (UUID id : incidentIds) {
                Incident i = incidents.find(tx, id).orElseThrow();
                if (!isCase && i.perpetratorIds().contains(to)) {
                    withBoth.add(id);
                }
                incidents.update(tx, isCase ? withCase(i, to) : withPerpetrator(i, from, to, false));
            }
            repointLinks(tx, linksFrom, linksTo, to);
            repointCitations(tx, cited, to);
            ItemSeals.moveAttachments(tx, attached, to);
            ItemSeals.moveFollowUps(tx, tasks, to);
            for (UUID e : earlier) {
                Sql.update(tx, "UPDATE merged_record SET kept_id = ? WHERE old_id = ?", List.of(to, e));
            }
            return new Moved(incidentIds, linksFrom, linksTo, cited, earlier, between, betweenCited, withBoth,
                    attached, tasks);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("moving what points at the merged record"));
        }
    }

    /** Undoes {@link #moveAll}: what was moved from {@code from} to {@code to} goes back, the links between return. */
    public void moveBack(Transaction tx, RecordKind kind, Moved moved, UUID from, UUID to) {
        try {
            for (UUID id : moved.incidents()) {
                Incident i = incidents.find(tx, id).orElseThrow();
                incidents.update(tx, kind == RecordKind.CASE ? withCase(i, from)
                        : withPerpetrator(i, to, from, moved.incidentsWithBoth().contains(id)));
            }
            repointLinks(tx, moved.linksFrom(), List.of(), from);
            repointLinks(tx, List.of(), moved.linksTo(), from);
            repointCitations(tx, moved.citations(), from);
            ItemSeals.moveAttachments(tx, moved.attachments(), from);
            ItemSeals.moveFollowUps(tx, moved.followUps(), from);
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
            throw SqlErrors.translate(e, phrase("moving back what the merge moved"));
        }
    }

    private static Incident withCase(Incident i, UUID caseId) {
        return new Incident(i.id(), i.ref(), i.version(), caseId, i.date(), i.country(), i.place(), i.tactics(),
                i.perpetratorIds(), i.pressured(), i.hostStateRole(), i.description());
    }

    /**
     * The incident with {@code from} among its perpetrators replaced by {@code to}, once; with {@code keepFrom}
     * (an undo of an incident that had both), {@code from} stays beside {@code to}.
     */
    private static Incident withPerpetrator(Incident i, UUID from, UUID to, boolean keepFrom) {
        java.util.LinkedHashSet<UUID> ids = new java.util.LinkedHashSet<>();
        for (UUID p : i.perpetratorIds()) {
            if (p.equals(from) && keepFrom) {
                ids.add(to);
                ids.add(from);
            } else {
                ids.add(p.equals(from) ? to : p);
            }
        }
        return new Incident(i.id(), i.ref(), i.version(), i.caseId(), i.date(), i.country(), i.place(), i.tactics(),
                List.copyOf(ids), i.pressured(), i.hostStateRole(), i.description());
    }

    private void repointLinks(Transaction tx, List<UUID> fromEnds, List<UUID> toEnds, UUID to) {
        for (UUID id : fromEnds) {
            Link l = links.find(tx, id).orElseThrow();
            links.update(tx, new Link(l.id(), l.ref(), l.version(), l.fromKind(), to, l.toKind(), l.toId(),
                    l.relation(), l.note()));
        }
        for (UUID id : toEnds) {
            Link l = links.find(tx, id).orElseThrow();
            links.update(tx, new Link(l.id(), l.ref(), l.version(), l.fromKind(), l.fromId(), l.toKind(), to,
                    l.relation(), l.note()));
        }
    }

    private void repointCitations(Transaction tx, List<UUID> ids, UUID to) {
        for (UUID id : ids) {
            Citation c = citations.find(tx, id).orElseThrow();
            citations.update(tx, new Citation(c.id(), c.ref(), c.version(), c.recordKind(), to, c.field(),
                    c.sourceId(), c.locator(), c.note(), c.grade(), c.stance(), c.claimant()));
        }
    }

    /** Rows that are not sealed records (evidence files, follow-ups): moved in place. */

    public void record(Transaction tx, Merged m) {
        try {
            Sql.update(tx, "INSERT INTO merged_record (old_id, record_kind, old_ref_number, kept_id, kept_version, "
                    + "merged_at, undo_data) VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(m.oldId(), m.kind().name(),
                    m.oldRef().number(), m.keptId(), m.keptVersion(), m.mergedAt(), m.undoData()));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("recording the merge"));
        }
    }

    public void forget(Transaction tx, UUID oldId) {
        try {
            Sql.update(tx, "DELETE FROM merged_record WHERE old_id = ?", List.of(oldId));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("forgetting the merge"));
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

    /** Every merge still in force: few, so an import reads them once instead of asking per record. */
    public List<Merged> all(Transaction tx) {
        return select(tx, "", List.of());
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
            throw SqlErrors.translate(e, phrase("reading merges"));
        }
    }

    private static List<UUID> ids(Transaction tx, String sql, UUID id) throws SQLException {
        return Sql.query(tx, sql + " ORDER BY ref_number", List.of(id), rs -> rs.getObject(1, UUID.class));
    }
}

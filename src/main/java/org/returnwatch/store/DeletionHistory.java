package org.returnwatch.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;

/**
 * The history of a delete: everything it removes (the record, its dependents such as a case's
 * incidents, and every citation of and link to any of them) is read before it goes, and gets a
 * DELETE entry with its fields as they were.
 */
final class DeletionHistory {
    private final Function<RecordKind, RecordRepository<?>> repositories;

    DeletionHistory(Function<RecordKind, RecordRepository<?>> repositories) {
        this.repositories = repositories;
    }

    /** What a delete of {@code id} (a record of {@code kind}) will remove, each once, as stored now. */
    Map<UUID, DomainRecord> read(Transaction tx, RecordKind kind, UUID id, List<UUID> gone, RecordKind dependentKind)
            throws SQLException {
        Map<UUID, DomainRecord> out = new LinkedHashMap<>();
        for (UUID g : gone) {
            for (UUID c : Sql.query(tx, "SELECT id FROM citation WHERE record_id = ?", List.of(g),
                    rs -> Sql.uuid(rs, "id"))) {
                repositories.apply(RecordKind.CITATION).findUnchecked(tx, c).ifPresent(r -> out.putIfAbsent(c, r));
            }
            for (UUID l : Sql.query(tx, "SELECT id FROM link WHERE from_id = ? OR to_id = ?", List.of(g, g),
                    rs -> Sql.uuid(rs, "id"))) {
                repositories.apply(RecordKind.LINK).findUnchecked(tx, l).ifPresent(r -> out.putIfAbsent(l, r));
            }
        }
        for (UUID g : gone) {
            if (!g.equals(id)) {
                repositories.apply(dependentKind).findUnchecked(tx, g).ifPresent(r -> out.putIfAbsent(g, r));
            }
        }
        repositories.apply(kind).findUnchecked(tx, id).ifPresent(r -> out.putIfAbsent(id, r));
        return out;
    }

    void record(Transaction tx, Collection<DomainRecord> gone) {
        gone.forEach(r -> entry(tx, r));
    }

    @SuppressWarnings("unchecked")
    private <R extends DomainRecord> void entry(Transaction tx, R rec) {
        RecordRepository<R> own = (RecordRepository<R>) repositories.apply(rec.kind());
        tx.journal().record(HistoryAction.DELETE, rec.kind(), rec.id(), rec.ref().toString(), own.fieldsJson(rec),
                null);
    }
}

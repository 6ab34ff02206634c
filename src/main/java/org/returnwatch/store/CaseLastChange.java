package org.returnwatch.store;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps {@code case_record.last_changed}: when the case or anything in its timeline last changed. A
 * case's own save sets it to the save's time; adding, changing, moving or deleting an incident sets it
 * on the incident's case (both cases, for a move) if that is later. The case list sorts by it from an
 * index (schema 49).
 */
final class CaseLastChange {

    private CaseLastChange() {
    }

    /** After a case's row was saved: its last change is that save. */
    static void caseSaved(Transaction tx, UUID caseId) throws SQLException {
        Sql.update(tx, "UPDATE case_record SET last_changed = updated_at WHERE id = ?", List.of(caseId));
    }

    /** After incidents of these cases were added, changed, moved or deleted, at {@code when}. */
    static void incidentsChanged(Transaction tx, Collection<UUID> caseIds, OffsetDateTime when) throws SQLException {
        List<UUID> ids = new ArrayList<>(caseIds.stream().filter(Objects::nonNull).distinct().toList());
        for (int from = 0; from < ids.size(); from += Sql.MOST_IN_ARRAY) {
            UUID[] some = ids.subList(from, Math.min(ids.size(), from + Sql.MOST_IN_ARRAY)).toArray(new UUID[0]);
            Sql.update(tx, "UPDATE case_record SET last_changed = GREATEST(last_changed, ?) WHERE id = ANY(?)",
                    List.of(when, some));
        }
    }
}

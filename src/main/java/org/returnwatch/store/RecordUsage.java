package org.returnwatch.store;

import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Incident;

/**
 * Which records use a record through a column rather than a link: incidents naming an actor as
 * perpetrator. The database refuses to delete such an actor, so the window says so first.
 */
public final class RecordUsage {
    private final IncidentRepository incidents;

    public RecordUsage(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    public List<Incident> incidentsByPerpetrator(Transaction tx, UUID actorId) {
        return incidents.select(tx, "WHERE perpetrator_id = ? ORDER BY ref_number", List.of(actorId));
    }
}

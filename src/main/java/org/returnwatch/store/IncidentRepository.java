package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/** The dated acts of a case's timeline. */
public final class IncidentRepository extends RecordRepository<Incident> {

    public IncidentRepository() {
        super(RecordKind.INCIDENT, "incident", "case_id", "date_precision", "date_start", "date_end", "date_approx",
                "country", "place", "tactic", "perpetrator_id", "host_state_role", "description");
    }

    @Override
    protected Class<Incident> recordClass() {
        return Incident.class;
    }

    @Override
    protected List<Object> values(Incident i) {
        return Arrays.asList(i.caseId(), Sql.date(i.date()), i.country(), i.place(), i.tactic(), i.perpetratorId(),
                i.hostStateRole(), i.description());
    }

    @Override
    protected Incident read(Transaction tx, ResultSet rs) throws SQLException {
        return new Incident(id(rs), ref(rs), version(rs), Sql.uuid(rs, "case_id"), Sql.date(rs, "date"),
                rs.getString("country"), rs.getString("place"), rs.getString("tactic"),
                Sql.uuid(rs, "perpetrator_id"), Sql.enumValue(rs, "host_state_role", HostStateRole.class),
                rs.getString("description"));
    }

    @Override
    protected Collection<?> searchWords(Incident i) {
        return Arrays.asList(i.date().toText(), i.country(), i.place(), i.tactic(), i.description());
    }

    @Override
    protected Incident stored(Incident i, Reference ref, long version) {
        return i.withStored(ref, version);
    }

    @Override
    protected String defaultOrder() {
        return "date_start NULLS LAST, date_end, ref_number";
    }

    /** A case's timeline, in date order, unknown dates last. */
    public List<Incident> forCase(Transaction tx, UUID caseId) {
        return select(tx, "WHERE case_id = ? ORDER BY " + defaultOrder(), List.of(caseId));
    }
}

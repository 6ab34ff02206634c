package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;
import static org.returnwatch.i18n.Phrase.words;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.PressuredParty;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.i18n.Phrase;

/**
 * The dated acts of a case's timeline. The incident's own {@code tactic} and {@code perpetrator_id}
 * columns hold the main ones; every tactic, perpetrator and party pressured is in a table of its own.
 */
public final class IncidentRepository extends RecordRepository<Incident> {

    public IncidentRepository() {
        super(RecordKind.INCIDENT, "incident", "case_id", "date_precision", "date_start", "date_end", "date_approx",
                "date_inferred", "date_bound", "country", "place", "tactic", "perpetrator_id", "host_state_role",
                "description");
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
        UUID id = id(rs);
        List<UUID> perpetrators = Sql.query(tx, "SELECT actor_id FROM incident_perpetrator WHERE incident_id = ? "
                + "ORDER BY position", List.of(id), r -> Sql.uuid(r, "actor_id"));
        List<PressuredParty> pressured = Sql.query(tx, "SELECT party FROM incident_pressured WHERE incident_id = ? "
                + "ORDER BY position", List.of(id), r -> Sql.enumValue(r, "party", PressuredParty.class));
        return new Incident(id, ref(rs), version(rs), Sql.uuid(rs, "case_id"), Sql.date(rs, "date"),
                rs.getString("country"), rs.getString("place"), Sql.strings(tx, "incident_tactic", "incident_id",
                "tactic", id), perpetrators, pressured, Sql.enumValue(rs, "host_state_role", HostStateRole.class),
                rs.getString("description"));
    }

    @Override
    protected Collection<?> searchWords(Incident i) {
        List<Object> words = new java.util.ArrayList<>(Arrays.asList(i.date().toText(), i.country(), i.place(),
                i.description()));
        words.addAll(i.tactics());
        i.pressured().forEach(p -> words.add(p.label()));
        return words;
    }

    @Override
    protected void writeChildren(ChildRows out, Incident i) throws SQLException {
        out.replace("incident_tactic", "incident_id", i.id(), new String[] {"tactic"}, i.tactics(),
                List::of);
        out.replace("incident_perpetrator", "incident_id", i.id(), new String[] {"actor_id"},
                i.perpetratorIds(), List::of);
        out.replace("incident_pressured", "incident_id", i.id(), new String[] {"party"}, i.pressured(),
                List::of);
    }

    @Override
    protected Incident stored(Incident i, Reference ref, long version) {
        return i.withStored(ref, version);
    }

    @Override
    protected String defaultOrder() {
        return "date_start NULLS LAST, date_end, ref_number";
    }

    // Every change to a case's timeline changes the case (CaseLastChange): both cases of a move.
    @Override
    public Incident insert(Transaction tx, Incident i) {
        Incident saved = super.insert(tx, i);
        timelineChanged(tx, List.of(i.caseId()), phrase("adding {0}", saved.ref()));
        return saved;
    }

    @Override
    public Incident update(Transaction tx, Incident i) {
        List<UUID> cases = new ArrayList<>(caseOf(tx, i.id()));
        Incident saved = super.update(tx, i);
        cases.add(i.caseId());
        timelineChanged(tx, cases, phrase("saving {0}", saved.ref()));
        return saved;
    }

    @Override
    public void delete(Transaction tx, UUID id, long expectedVersion) {
        List<UUID> cases = caseOf(tx, id);
        super.delete(tx, id, expectedVersion);
        timelineChanged(tx, cases, phrase("deleting a record of {0}", words(RecordKind.INCIDENT.plural())));
    }

    @Override
    void writtenInBulk(Transaction tx, List<Incident> incidents) throws SQLException {
        CaseLastChange.incidentsChanged(tx, incidents.stream().map(Incident::caseId).toList(), now());
    }

    private static List<UUID> caseOf(Transaction tx, UUID incidentId) {
        try {
            return Sql.query(tx, "SELECT case_id FROM incident WHERE id = ?", List.of(incidentId),
                    rs -> Sql.uuid(rs, "case_id"));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading {0}", words(RecordKind.INCIDENT.plural())));
        }
    }

    private static void timelineChanged(Transaction tx, List<UUID> cases, Phrase doing) {
        try {
            CaseLastChange.incidentsChanged(tx, cases, now());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, doing);
        }
    }

    /** A case's timeline, in date order, unknown dates last. */
    public List<Incident> forCase(Transaction tx, UUID caseId) {
        return select(tx, "WHERE case_id = ? ORDER BY " + defaultOrder(), List.of(caseId));
    }
}

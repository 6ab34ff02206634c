package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Labelled;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.i18n.Phrase;

/**
 * Which records use a record through a column rather than a link: incidents naming an actor as
 * perpetrator, history steps naming a source. The database refuses to delete such a record, so the
 * front ends say what uses it first.
 */
public final class RecordUsage {
    private final IncidentRepository incidents;

    public RecordUsage(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    public List<Incident> incidentsByPerpetrator(Transaction tx, UUID actorId) {
        return incidents.select(tx, "WHERE id IN (SELECT incident_id FROM incident_perpetrator WHERE actor_id = ?) "
                + "ORDER BY ref_number", List.of(actorId));
    }

    /**
     * "RW-A-0001: status step “abandoned”": the steps of histories that name the source, as phrases the
     * window says in its language.
     */
    public List<Phrase> historyStepsNaming(Transaction tx, UUID sourceId) {
        try {
            List<Phrase> steps = new java.util.ArrayList<>(Sql.query(tx, "SELECT a.ref_number, s.status FROM "
                    + "agreement_status s JOIN agreement a ON a.id = s.agreement_id WHERE s.source_id = ? "
                    + "ORDER BY a.ref_number, s.position", List.of(sourceId),
                    rs -> phrase("{0}: status step \u201c{1}\u201d", new Reference(RecordKind.AGREEMENT, rs.getInt(1)),
                            label(AgreementStatus.valueOf(rs.getString(2))))));
            steps.addAll(Sql.query(tx, "SELECT c.ref_number, o.outcome FROM case_outcome o JOIN case_record c ON "
                    + "c.id = o.case_id WHERE o.source_id = ? ORDER BY c.ref_number, o.position", List.of(sourceId),
                    rs -> phrase("{0}: outcome step \u201c{1}\u201d", new Reference(RecordKind.CASE, rs.getInt(1)),
                            label(Outcome.valueOf(rs.getString(2))))));
            return steps;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading what names the source"));
        }
    }

    /** A fixed list's value, said in the reader's language: its label is a key of the window's bundle. */
    private static Phrase label(Labelled value) {
        return Phrase.words(value.label());
    }
}

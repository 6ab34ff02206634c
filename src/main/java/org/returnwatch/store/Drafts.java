package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.i18n.Phrase;

/**
 * The drafts of unsaved edits a window keeps when it locks. One draft per record being edited (a
 * later one replaces it); each is sealed like a record, and a damaged one is reported with
 * {@link IntegrityException} instead of being offered back.
 */
public final class Drafts {
    private static final String COLUMNS = "id, record_kind, record_id, record_ref, label, payload, saved_at, seal";

    /** Keeps a draft; for a record that already has one, replaces it. */
    public Draft save(Transaction tx, RecordKind kind, UUID recordId, String ref, String label, String payload) {
        try {
            if (recordId != null) {
                Sql.update(tx, "DELETE FROM draft WHERE record_kind = ? AND record_id = ?", List.of(kind, recordId));
            }
            Draft d = new Draft(UUID.randomUUID(), kind, recordId, ref, label, payload,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            List<Object> values = new ArrayList<>();
            values.add(d.id());
            values.add(kind);
            values.add(recordId);
            values.add(ref);
            values.add(label);
            values.add(payload);
            values.add(OffsetDateTime.ofInstant(d.savedAt(), ZoneOffset.UTC));
            values.add(seal(tx, d));
            Sql.update(tx, "INSERT INTO draft (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values);
            return d;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("keeping a draft"));
        }
    }

    /** Every draft, oldest first. */
    public List<Draft> all(Transaction tx) {
        try {
            return Sql.query(tx, "SELECT " + COLUMNS + " FROM draft ORDER BY saved_at, id", List.of(), rs -> {
                String kind = rs.getString("record_kind");
                Draft d = new Draft(Sql.uuid(rs, "id"), kind == null ? null : RecordKind.valueOf(kind),
                        Sql.uuid(rs, "record_id"), rs.getString("record_ref"), rs.getString("label"),
                        rs.getString("payload"), rs.getObject("saved_at", OffsetDateTime.class).toInstant());
                if (!Seals.same(rs.getBytes("seal"), seal(tx, d))) {
                    throw new IntegrityException(phrase("a draft kept at lock ({0}) is damaged: it no longer "
                            + "matches its seal", Phrase.words(d.label())));
                }
                return d;
            });
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading the drafts"));
        } catch (IllegalArgumentException e) {
            throw new IntegrityException(phrase("a draft kept at lock is damaged: it cannot be read"));
        }
    }

    public Optional<Draft> forRecord(Transaction tx, RecordKind kind, UUID recordId) {
        return all(tx).stream().filter(d -> d.kind() == kind && recordId.equals(d.recordId())).findFirst();
    }

    /** Forgets a draft (restored, or declined). */
    public void discard(Transaction tx, UUID id) {
        try {
            Sql.update(tx, "DELETE FROM draft WHERE id = ?", List.of(id));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("forgetting a draft"));
        }
    }

    private static byte[] seal(Transaction tx, Draft d) {
        var a = RecordJson.MAPPER.createArrayNode().add(d.kind() == null ? null : d.kind().name())
                .add(d.recordId() == null ? null : d.recordId().toString()).add(d.ref()).add(d.label()).add(d.payload())
                .add(d.savedAt().toEpochMilli());
        return tx.seals().record("DRAFT", d.id(), "", 0, RecordJson.text(a));
    }
}

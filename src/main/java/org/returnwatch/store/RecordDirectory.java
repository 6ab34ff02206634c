package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.i18n.Phrase;

/** Which table holds each kind of record: for checking that a citation's or link's target exists. */
public final class RecordDirectory {
    private static final Map<RecordKind, String> TABLES = new EnumMap<>(Map.of(
            RecordKind.CASE, "case_record",
            RecordKind.INCIDENT, "incident",
            RecordKind.AGREEMENT, "agreement",
            RecordKind.SERIES, "series",
            RecordKind.DATA_POINT, "data_point",
            RecordKind.SOURCE, "source",
            RecordKind.CITATION, "citation",
            RecordKind.ACTOR, "actor",
            RecordKind.LINK, "link"));

    String table(RecordKind kind) {
        return TABLES.get(kind);
    }

    public boolean exists(Transaction tx, RecordKind kind, UUID id) {
        try {
            return !Sql.query(tx, "SELECT 1 FROM " + TABLES.get(kind) + " WHERE id = ?", List.of(id),
                    rs -> rs.getInt(1)).isEmpty();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading {0}", Phrase.words(kind.plural())));
        }
    }

    /** The reference code of whatever record has this identifier. */
    public Optional<Reference> referenceOf(Transaction tx, UUID id) {
        try {
            for (Map.Entry<RecordKind, String> e : TABLES.entrySet()) {
                List<Integer> n = Sql.query(tx, "SELECT ref_number FROM " + e.getValue() + " WHERE id = ?",
                        List.of(id), rs -> rs.getInt(1));
                if (!n.isEmpty()) {
                    return Optional.of(new Reference(e.getKey(), n.get(0)));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("looking up a reference"));
        }
    }

    /** The reference codes of the records with these identifiers (those that exist), a few queries for all of them. */
    public Map<UUID, Reference> referencesOf(Transaction tx, java.util.Collection<UUID> ids) {
        Map<UUID, Reference> out = new java.util.HashMap<>();
        List<UUID> all = List.copyOf(ids);
        try {
            for (int from = 0; from < all.size(); from += 500) {
                List<Object> chunk = List.copyOf(all.subList(from, Math.min(all.size(), from + 500)));
                String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                for (Map.Entry<RecordKind, String> e : TABLES.entrySet()) {
                    Sql.query(tx, "SELECT id, ref_number FROM " + e.getValue() + " WHERE id IN (" + in + ")", chunk,
                            rs -> out.put(Sql.uuid(rs, "id"), new Reference(e.getKey(), rs.getInt(2))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("looking up references"));
        }
    }

    void requireExists(Transaction tx, RecordKind kind, UUID id, String role) {
        if (!exists(tx, kind, id)) {
            throw new ConstraintViolationException(phrase("{0} does not exist (no record of {1} with that "
                    + "identifier)", role, Phrase.words(kind.plural())));
        }
    }
}

package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.i18n.Phrase;
import org.returnwatch.names.Person;

/**
 * Cases and actors read as people, for finding likely duplicates: only the fields that tell who
 * someone is, read in two queries however many records there are; and the pairs a user marked
 * "not the same person".
 */
public final class People {

    /** Every case or actor as a person. */
    public List<Person> all(Transaction tx, RecordKind kind) {
        return read(tx, kind, "", List.of());
    }

    /** The cases or actors with any of these index words: those that may be the person the words name. */
    public List<Person> withWords(Transaction tx, RecordKind kind, Collection<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        for (String w : words) {
            params.add(SearchText.tokens(w).isEmpty() ? w : SearchText.tokens(w).get(0));
        }
        return read(tx, kind, " WHERE t.id IN (SELECT record_id FROM search_word WHERE word IN ("
                + String.join(", ", java.util.Collections.nCopies(params.size(), "?")) + "))", params);
    }

    public void markDistinct(Transaction tx, RecordKind kind, UUID a, UUID b) {
        UUID[] p = ordered(a, b);
        try {
            Sql.update(tx, "MERGE INTO distinct_pair (record_kind, first_id, second_id, marked_at) KEY (first_id, "
                    + "second_id) VALUES (?, ?, ?, ?)",
                            List.of(kind(kind), p[0], p[1], OffsetDateTime.now(ZoneOffset.UTC)));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("marking two records as different people"));
        }
    }

    /** The pairs marked "not the same person", each as "first/second" in identifier text order. */
    public Set<String> distinctPairs(Transaction tx) {
        try {
            return new HashSet<>(Sql.query(tx, "SELECT first_id, second_id FROM distinct_pair", List.of(),
                    rs -> Sql.uuid(rs, "first_id") + "/" + Sql.uuid(rs, "second_id")));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading the pairs marked as different people"));
        }
    }

    /** The key {@link #distinctPairs} holds for two records, whatever their order. */
    public static String pairKey(UUID a, UUID b) {
        UUID[] p = ordered(a, b);
        return p[0] + "/" + p[1];
    }

    private static UUID[] ordered(UUID a, UUID b) {
        return a.toString().compareTo(b.toString()) <= 0 ? new UUID[] {a, b} : new UUID[] {b, a};
    }

    private static String kind(RecordKind kind) {
        if (kind != RecordKind.CASE && kind != RecordKind.ACTOR) {
            throw new IllegalArgumentException("only cases and actors are people: " + kind.plural());
        }
        return kind.name();
    }

    private List<Person> read(Transaction tx, RecordKind kind, String where, List<Object> params) {
        kind(kind);
        try {
            if (kind == RecordKind.ACTOR) {
                return Sql.query(tx, "SELECT t.id, t.name, t.native_name, t.country FROM actor t" + where,
                        params, rs -> new Person(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("native_name"),
                                List.of(), null, rs.getString("country"), null));
            }
            Map<UUID, List<String>> aliases = new HashMap<>();
            Sql.query(tx, "SELECT a.case_id, a.alias FROM case_alias a JOIN case_record t ON t.id = a.case_id" + where
                    + " ORDER BY a.case_id, a.position", params, rs -> aliases.computeIfAbsent(Sql.uuid(rs, "case_id"),
                            k -> new ArrayList<>()).add(rs.getString("alias")));
            return Sql.query(tx, "SELECT t.id, t.name, t.native_name, t.residence_city, t.residence_country, t.role "
                    + "FROM case_record t" + where + " ORDER BY t.ref_number", params, rs -> {
                        UUID id = Sql.uuid(rs, "id");
                        return new Person(id, rs.getString("name"), rs.getString("native_name"),
                                aliases.getOrDefault(id, List.of()), rs.getString("residence_city"),
                                rs.getString("residence_country"), rs.getString("role"));
                    });
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading {0}", Phrase.words(kind.plural())));
        }
    }
}

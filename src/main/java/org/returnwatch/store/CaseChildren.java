package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;

/**
 * The aliases, nationalities and outcome steps of a page of cases, read with one query per table
 * for the whole page instead of three queries per case: a page of 100 rows costs three statements,
 * not three hundred.
 */
final class CaseChildren {
    private final Map<UUID, List<String>> aliases;
    private final Map<UUID, List<String>> nationalities;
    private final Map<UUID, List<OutcomeChange>> outcomes;

    private CaseChildren(Map<UUID, List<String>> aliases, Map<UUID, List<String>> nationalities,
                         Map<UUID, List<OutcomeChange>> outcomes) {
        this.aliases = aliases;
        this.nationalities = nationalities;
        this.outcomes = outcomes;
    }

    static CaseChildren read(Transaction tx, List<UUID> ids) throws SQLException {
        String in = "case_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        List<Object> params = new ArrayList<>(ids);
        Map<UUID, List<String>> aliases = new HashMap<>();
        Sql.query(tx, "SELECT case_id, alias FROM case_alias WHERE " + in + " ORDER BY case_id, position", params,
                rs -> aliases.computeIfAbsent(Sql.uuid(rs, "case_id"), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<UUID, List<String>> nationalities = new HashMap<>();
        Sql.query(tx, "SELECT case_id, nationality FROM case_nationality WHERE " + in + " ORDER BY case_id, position",
                params, rs -> nationalities.computeIfAbsent(Sql.uuid(rs, "case_id"), k -> new ArrayList<>())
                        .add(rs.getString(2)));
        Map<UUID, List<OutcomeChange>> outcomes = new HashMap<>();
        Sql.query(tx, "SELECT * FROM case_outcome WHERE " + in + " ORDER BY case_id, position", params,
                rs -> outcomes.computeIfAbsent(Sql.uuid(rs, "case_id"), k -> new ArrayList<>()).add(outcome(rs)));
        return new CaseChildren(aliases, nationalities, outcomes);
    }

    static OutcomeChange outcome(ResultSet r) throws SQLException {
        return new OutcomeChange(Sql.enumValue(r, "outcome", Outcome.class), Sql.date(r, "date"), r.getString("note"),
                Sql.attribution(r));
    }

    List<String> aliases(UUID id) {
        return aliases.getOrDefault(id, List.of());
    }

    List<String> nationalities(UUID id) {
        return nationalities.getOrDefault(id, List.of());
    }

    List<OutcomeChange> outcomes(UUID id) {
        return outcomes.getOrDefault(id, List.of());
    }
}

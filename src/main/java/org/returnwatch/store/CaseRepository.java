package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.ImmigrationStatus;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.RiskLevel;
import org.returnwatch.domain.TargetCategory;

/**
 * Cases with their aliases, nationalities and outcome history. The case's own {@code outcome} column
 * holds the last step of the history, so that the case list filters and sorts on it.
 */
public final class CaseRepository extends RecordRepository<Case> {
    private static final String[] OUTCOME_COLUMNS = {"outcome", "date_precision", "date_start", "date_end",
        "date_approx", "date_inferred", "date_bound", "note", "claimed_by", "source_id", "locator"};

    public CaseRepository() {
        super(RecordKind.CASE, "case_record", "name", "native_name", "pseudonymous", "case_kind", "role",
                "origin_country", "residence_country", "residence_city", "immigration_status", "target_category",
                "accusation", "amount", "campaign", "outcome", "risk_level", "summary", "status", "close_reason",
                "opened_on", "holder");
    }

    @Override
    protected Class<Case> recordClass() {
        return Case.class;
    }

    @Override
    protected List<Object> values(Case c) {
        return Arrays.asList(c.name(), c.nativeName(), c.pseudonymous(), c.caseKind(), c.role(), c.originCountry(),
                c.residenceCountry(), c.residenceCity(), c.immigrationStatus(), c.targetCategory(), c.accusation(),
                c.amount(), c.campaign(), c.outcome(), c.riskLevel(), c.summary(), c.status(), c.closeReason(),
                c.opened(), c.holder());
    }

    @Override
    protected Case read(Transaction tx, ResultSet rs) throws SQLException {
        UUID id = id(rs);
        boolean casework = hasCasework(rs);
        CaseChildren ahead = tx.readAhead(CaseChildren.class);
        List<OutcomeChange> outcomes = ahead != null ? ahead.outcomes(id) : Sql.query(tx,
                "SELECT * FROM case_outcome WHERE case_id = ? ORDER BY position", List.of(id), CaseChildren::outcome);
        return new Case(id, ref(rs), version(rs), rs.getString("name"), rs.getString("native_name"),
                ahead != null ? ahead.aliases(id) : Sql.strings(tx, "case_alias", "case_id", "alias", id),
                rs.getBoolean("pseudonymous"),
                Sql.enumValue(rs, "case_kind", CaseKind.class), rs.getString("role"), rs.getString("origin_country"),
                rs.getString("residence_country"), rs.getString("residence_city"),
                ahead != null ? ahead.nationalities(id)
                        : Sql.strings(tx, "case_nationality", "case_id", "nationality", id),
                Sql.enumValue(rs, "immigration_status", ImmigrationStatus.class),
                Sql.enumValue(rs, "target_category", TargetCategory.class), rs.getString("accusation"),
                rs.getString("amount"), Sql.enumValue(rs, "campaign", Campaign.class), outcomes,
                Sql.enumValue(rs, "risk_level", RiskLevel.class), rs.getString("summary")).withCasework(
                        casework ? Sql.enumValue(rs, "status", CaseStatus.class) : null,
                        casework ? rs.getString("close_reason") : null,
                        casework ? rs.getObject("opened_on", java.time.LocalDate.class) : null,
                        casework ? rs.getString("holder") : null);
    }

    /** False for a row of a schema before version 42, read by an earlier migration (the search index of 31). */
    private static boolean hasCasework(ResultSet rs) throws SQLException {
        java.sql.ResultSetMetaData md = rs.getMetaData();
        for (int i = md.getColumnCount(); i > 0; i--) {
            if ("HOLDER".equalsIgnoreCase(md.getColumnName(i))) {
                return true;
            }
        }
        return false;
    }

    /** The cases with these ids, in this order, their children read for all of them at once. */
    List<Case> inOrder(Transaction tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try {
            Map<UUID, Case> byId = new HashMap<>();
            String in = "WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
            tx.withReadAhead(CaseChildren.read(tx, ids), t -> select(t, in, new ArrayList<>(ids)))
                    .forEach(c -> byId.put(c.id(), c));
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading cases"));
        }
    }

    @Override
    protected Collection<?> searchWords(Case c) {
        List<Object> words = new ArrayList<>(Arrays.asList(new SearchText.Name(c.name()),
                new SearchText.Name(c.nativeName()), c.role(), c.originCountry(),
                c.residenceCountry(), c.residenceCity(), c.accusation(), c.amount(), c.summary(),
                c.campaign().label(), c.outcome().label(), c.targetCategory().label()));
        c.aliases().forEach(a -> words.add(new SearchText.Name(a)));
        words.addAll(c.nationalities());
        return words;
    }

    @Override
    protected Case stored(Case c, Reference ref, long version) {
        return c.withStored(ref, version);
    }

    @Override
    protected void writeChildren(ChildRows out, Case c) throws SQLException {
        out.replace("case_alias", "case_id", c.id(), new String[] {"alias"}, c.aliases(), List::of);
        out.replace("case_nationality", "case_id", c.id(), new String[] {"nationality"},
                c.nationalities(), List::of);
        out.replace("case_outcome", "case_id", c.id(), OUTCOME_COLUMNS, c.outcomeHistory(), o -> {
            List<Object> v = new ArrayList<>();
            v.add(o.outcome());
            v.addAll(Sql.date(o.date()));
            v.add(o.note());
            v.addAll(Sql.attribution(o.attribution()));
            return v;
        });
    }

    /** A new case's last change (schema 49) is its addition. */
    @Override
    String insertSql() {
        return super.insertSql().replace(") VALUES (", ", last_changed) VALUES (").replaceFirst("\\)$", ", ?)");
    }

    @Override
    List<Object> insertParams(Transaction tx, Case c, String json) {
        List<Object> params = super.insertParams(tx, c, json);
        params.add(params.get(UPDATED_AT));
        return params;
    }

    @Override
    public Case update(Transaction tx, Case c) {
        Case saved = super.update(tx, c);
        try {
            CaseLastChange.caseSaved(tx, c.id());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("saving {0}", c.ref()));
        }
        return saved;
    }

    @Override
    protected RecordKind dependentKind() {
        return RecordKind.INCIDENT;
    }

    @Override
    protected List<UUID> dependents(Transaction tx, UUID id) throws SQLException {
        return Sql.query(tx, "SELECT id FROM incident WHERE case_id = ?", List.of(id), rs -> Sql.uuid(rs, "id"));
    }
}

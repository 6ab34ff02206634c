package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.ImmigrationStatus;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.RiskLevel;
import org.returnwatch.domain.TargetCategory;

/** Cases and their aliases. */
public final class CaseRepository extends RecordRepository<Case> {

    public CaseRepository() {
        super(RecordKind.CASE, "case_record", "name", "native_name", "pseudonymous", "role", "origin_country",
                "residence_country", "residence_city", "immigration_status", "target_category", "accusation",
                "amount", "campaign", "outcome", "risk_level", "contextual", "summary");
    }

    @Override
    protected List<Object> values(Case c) {
        return Arrays.asList(c.name(), c.nativeName(), c.pseudonymous(), c.role(), c.originCountry(),
                c.residenceCountry(), c.residenceCity(), c.immigrationStatus(), c.targetCategory(), c.accusation(),
                c.amount(), c.campaign(), c.outcome(), c.riskLevel(), c.contextual(), c.summary());
    }

    @Override
    protected Case read(Transaction tx, ResultSet rs) throws SQLException {
        UUID id = id(rs);
        return new Case(id, ref(rs), version(rs), rs.getString("name"), rs.getString("native_name"),
                Sql.strings(tx, "case_alias", "case_id", "alias", id), rs.getBoolean("pseudonymous"),
                rs.getString("role"), rs.getString("origin_country"), rs.getString("residence_country"),
                rs.getString("residence_city"), Sql.enumValue(rs, "immigration_status", ImmigrationStatus.class),
                Sql.enumValue(rs, "target_category", TargetCategory.class), rs.getString("accusation"),
                rs.getString("amount"), Sql.enumValue(rs, "campaign", Campaign.class),
                Sql.enumValue(rs, "outcome", Outcome.class), Sql.enumValue(rs, "risk_level", RiskLevel.class),
                rs.getBoolean("contextual"), rs.getString("summary"));
    }

    @Override
    protected Collection<?> searchWords(Case c) {
        List<Object> words = new ArrayList<>(Arrays.asList(new SearchText.Name(c.name()),
                new SearchText.Name(c.nativeName()), c.role(), c.originCountry(),
                c.residenceCountry(), c.residenceCity(), c.accusation(), c.amount(), c.summary(),
                c.campaign().label(), c.outcome().label(), c.targetCategory().label()));
        c.aliases().forEach(a -> words.add(new SearchText.Name(a)));
        return words;
    }

    @Override
    protected Case stored(Case c, Reference ref, long version) {
        return c.withStored(ref, version);
    }

    @Override
    protected void writeChildren(Transaction tx, Case c) throws SQLException {
        Sql.replaceChildren(tx, "case_alias", "case_id", c.id(), new String[] {"alias"}, c.aliases(), List::of);
    }

    @Override
    protected List<UUID> dependents(Transaction tx, UUID id) throws SQLException {
        return Sql.query(tx, "SELECT id FROM incident WHERE case_id = ?", List.of(id), rs -> Sql.uuid(rs, "id"));
    }
}

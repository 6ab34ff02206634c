package org.returnwatch.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One person or group targeted for return. {@code contextual} marks records kept because they
 * explain other cases (a detention used as leverage, say) rather than being coercive returns.
 */
public record Case(
        UUID id, Reference ref, long version,
        String name, String nativeName, List<String> aliases, boolean pseudonymous,
        String role, String originCountry, String residenceCountry, String residenceCity,
        ImmigrationStatus immigrationStatus, TargetCategory targetCategory,
        String accusation, String amount, Campaign campaign, Outcome outcome, RiskLevel riskLevel,
        boolean contextual, String summary) implements DomainRecord {

    public Case {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, "name");
        nativeName = Texts.clean(nativeName);
        aliases = Texts.cleanList(aliases);
        role = Texts.clean(role);
        originCountry = Texts.clean(originCountry);
        residenceCountry = Texts.clean(residenceCountry);
        residenceCity = Texts.clean(residenceCity);
        immigrationStatus = Objects.requireNonNullElse(immigrationStatus, ImmigrationStatus.UNKNOWN);
        targetCategory = Objects.requireNonNullElse(targetCategory, TargetCategory.UNKNOWN);
        accusation = Texts.clean(accusation);
        amount = Texts.clean(amount);
        campaign = Objects.requireNonNullElse(campaign, Campaign.UNKNOWN);
        outcome = Objects.requireNonNullElse(outcome, Outcome.UNKNOWN);
        riskLevel = Objects.requireNonNullElse(riskLevel, RiskLevel.UNKNOWN);
        summary = Texts.clean(summary);
    }

    /** A new, unsaved case with only a name. */
    public static Case named(String name) {
        return new Case(UUID.randomUUID(), null, 0, name, null, List.of(), false, null, null, null, null,
                null, null, null, null, null, null, null, false, null);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.CASE;
    }

    @Override
    public String displayName() {
        return nativeName == null ? name : name + " (" + nativeName + ")";
    }

    public Case withStored(Reference newRef, long newVersion) {
        return new Case(id, newRef, newVersion, name, nativeName, aliases, pseudonymous, role, originCountry,
                residenceCountry, residenceCity, immigrationStatus, targetCategory, accusation, amount, campaign,
                outcome, riskLevel, contextual, summary);
    }
}

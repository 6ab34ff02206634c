package org.returnwatch.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One person, group or context record targeted for return. {@code outcomeHistory} keeps what became
 * of them over time, each step dated and attributed, in the order the sources give; the outcome
 * a list shows is the last step's. {@code nationalities} are the passports held, a second
 * nationality included.
 */
public record Case(
        UUID id, Reference ref, long version,
        String name, String nativeName, List<String> aliases, boolean pseudonymous, CaseKind caseKind,
        String role, String originCountry, String residenceCountry, String residenceCity, List<String> nationalities,
        ImmigrationStatus immigrationStatus, TargetCategory targetCategory,
        String accusation, String amount, Campaign campaign, List<OutcomeChange> outcomeHistory, RiskLevel riskLevel,
        String summary) implements DomainRecord {

    public Case {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, "name");
        nativeName = Texts.clean(nativeName);
        aliases = Texts.cleanList(aliases);
        caseKind = Objects.requireNonNullElse(caseKind, CaseKind.INDIVIDUAL);
        role = Texts.clean(role);
        originCountry = Texts.clean(originCountry);
        residenceCountry = Texts.clean(residenceCountry);
        residenceCity = Texts.clean(residenceCity);
        nationalities = Texts.cleanList(nationalities);
        immigrationStatus = Objects.requireNonNullElse(immigrationStatus, ImmigrationStatus.UNKNOWN);
        targetCategory = Objects.requireNonNullElse(targetCategory, TargetCategory.UNKNOWN);
        accusation = Texts.clean(accusation);
        amount = Texts.clean(amount);
        campaign = Objects.requireNonNullElse(campaign, Campaign.UNKNOWN);
        outcomeHistory = outcomeHistory == null ? List.of() : List.copyOf(outcomeHistory);
        riskLevel = Objects.requireNonNullElse(riskLevel, RiskLevel.UNKNOWN);
        summary = Texts.clean(summary);
    }

    /** A new, unsaved case with only a name. */
    public static Case named(String name) {
        return new Case(UUID.randomUUID(), null, 0, name, null, List.of(), false, CaseKind.INDIVIDUAL, null, null,
                null, null, List.of(), null, null, null, null, null, List.of(), null, null);
    }

    /** What became of them last, as far as is known. */
    public Outcome outcome() {
        return outcomeHistory.isEmpty() ? Outcome.UNKNOWN : outcomeHistory.get(outcomeHistory.size() - 1).outcome();
    }

    /** True for a record kept to explain other cases rather than a coercive return of its own. */
    public boolean contextual() {
        return caseKind == CaseKind.CONTEXT;
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
        return new Case(id, newRef, newVersion, name, nativeName, aliases, pseudonymous, caseKind, role, originCountry,
                residenceCountry, residenceCity, nationalities, immigrationStatus, targetCategory, accusation, amount,
                campaign, outcomeHistory, riskLevel, summary);
    }
}

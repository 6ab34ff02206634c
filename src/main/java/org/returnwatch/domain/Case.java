package org.returnwatch.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One person, group or context record targeted for return. {@code outcomeHistory} keeps what became
 * of them over time, each step dated and attributed, in the order the sources give; the outcome
 * a list shows is the last step's. {@code nationalities} are the passports held, a second
 * nationality included. {@code status}, {@code opened} and {@code holder} are the casework: whether
 * the case is open, only watched or closed ({@code closeReason} says why, and only a closed case has
 * one), the day it came in (absent for a case recorded before the date was kept), and the caseworker
 * who holds it.
 */
public record Case(
        UUID id, Reference ref, long version,
        String name, String nativeName, List<String> aliases, boolean pseudonymous, CaseKind caseKind,
        String role, String originCountry, String residenceCountry, String residenceCity, List<String> nationalities,
        ImmigrationStatus immigrationStatus, TargetCategory targetCategory,
        String accusation, String amount, Campaign campaign, List<OutcomeChange> outcomeHistory, RiskLevel riskLevel,
        String summary, CaseStatus status, String closeReason, LocalDate opened, String holder)
        implements DomainRecord {

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
        status = Objects.requireNonNullElse(status, CaseStatus.OPEN);
        closeReason = status == CaseStatus.CLOSED ? Texts.clean(closeReason) : null;
        if (status == CaseStatus.CLOSED && closeReason == null) {
            throw new IllegalArgumentException("a closed case needs a reason");
        }
        holder = Texts.clean(holder);
    }

    /** A case with no casework recorded yet: open, no date opened, held by nobody. */
    public Case(UUID id, Reference ref, long version, String name, String nativeName, List<String> aliases,
                boolean pseudonymous, CaseKind caseKind, String role, String originCountry, String residenceCountry,
                String residenceCity, List<String> nationalities, ImmigrationStatus immigrationStatus,
                TargetCategory targetCategory, String accusation, String amount, Campaign campaign,
                List<OutcomeChange> outcomeHistory, RiskLevel riskLevel, String summary) {
        this(id, ref, version, name, nativeName, aliases, pseudonymous, caseKind, role, originCountry,
                residenceCountry, residenceCity, nationalities, immigrationStatus, targetCategory, accusation, amount,
                campaign, outcomeHistory, riskLevel, summary, CaseStatus.OPEN, null, null, null);
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
                campaign, outcomeHistory, riskLevel, summary, status, closeReason, opened, holder);
    }

    /** The same case with this casework (status, why closed, date opened, who holds it). */
    public Case withCasework(CaseStatus newStatus, String newCloseReason, LocalDate newOpened, String newHolder) {
        return new Case(id, ref, version, name, nativeName, aliases, pseudonymous, caseKind, role, originCountry,
                residenceCountry, residenceCity, nationalities, immigrationStatus, targetCategory, accusation, amount,
                campaign, outcomeHistory, riskLevel, summary, newStatus, newCloseReason, newOpened, newHolder);
    }
}

package org.returnwatch.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One dated act in a case's timeline. An act can use several tactics (codes from the editable tactic
 * list, the main one first), be carried out by several perpetrators (actors, the main one first), and
 * be aimed at the target or at people through whom the target is reached.
 */
public record Incident(
        UUID id, Reference ref, long version, UUID caseId,
        FuzzyDate date, String country, String place, List<String> tactics, List<UUID> perpetratorIds,
        List<PressuredParty> pressured, HostStateRole hostStateRole, String description) implements DomainRecord {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "case");
        date = Objects.requireNonNullElse(date, FuzzyDate.UNKNOWN);
        country = Texts.clean(country);
        place = Texts.clean(place);
        tactics = tactics == null ? List.of() : tactics.stream().map(Texts::clean).filter(Objects::nonNull)
                .distinct().toList();
        if (tactics.isEmpty()) {
            throw new IllegalArgumentException("tactic is required");
        }
        perpetratorIds = perpetratorIds == null ? List.of() : perpetratorIds.stream().filter(Objects::nonNull)
                .distinct().toList();
        pressured = pressured == null ? List.of() : pressured.stream().filter(Objects::nonNull).distinct().toList();
        hostStateRole = Objects.requireNonNullElse(hostStateRole, HostStateRole.UNKNOWN);
        description = Texts.clean(description);
    }

    /** An act with one tactic and at most one perpetrator, aimed at no one in particular. */
    public Incident(UUID id, Reference ref, long version, UUID caseId, FuzzyDate date, String country, String place,
                    String tactic, UUID perpetratorId, HostStateRole hostStateRole, String description) {
        this(id, ref, version, caseId, date, country, place, tactic == null ? List.of() : List.of(tactic),
                perpetratorId == null ? List.of() : List.of(perpetratorId), List.of(), hostStateRole, description);
    }

    /** The main tactic. */
    public String tactic() {
        return tactics.get(0);
    }

    /** The main perpetrator, or null when none is named. */
    public UUID perpetratorId() {
        return perpetratorIds.isEmpty() ? null : perpetratorIds.get(0);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.INCIDENT;
    }

    @Override
    public String displayName() {
        return date.toDisplay() + " · " + String.join(", ", tactics);
    }

    public Incident withStored(Reference newRef, long newVersion) {
        return new Incident(id, newRef, newVersion, caseId, date, country, place, tactics, perpetratorIds, pressured,
                hostStateRole, description);
    }
}

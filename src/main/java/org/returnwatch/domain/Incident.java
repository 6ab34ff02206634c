package org.returnwatch.domain;

import java.util.Objects;
import java.util.UUID;

/** One dated act in a case's timeline. {@code tactic} is a code from the editable tactic list. */
public record Incident(
        UUID id, Reference ref, long version, UUID caseId,
        FuzzyDate date, String country, String place, String tactic, UUID perpetratorId,
        HostStateRole hostStateRole, String description) implements DomainRecord {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "case");
        date = Objects.requireNonNullElse(date, FuzzyDate.UNKNOWN);
        country = Texts.clean(country);
        place = Texts.clean(place);
        tactic = Texts.required(tactic, "tactic");
        hostStateRole = Objects.requireNonNullElse(hostStateRole, HostStateRole.UNKNOWN);
        description = Texts.clean(description);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.INCIDENT;
    }

    @Override
    public String displayName() {
        return date.toDisplay() + " · " + tactic;
    }

    public Incident withStored(Reference newRef, long newVersion) {
        return new Incident(id, newRef, newVersion, caseId, date, country, place, tactic, perpetratorId,
                hostStateRole, description);
    }
}

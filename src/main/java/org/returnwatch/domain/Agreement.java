package org.returnwatch.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An arrangement between states or agencies, with how its status changed over time. The history keeps
 * the order it was recorded in, which is the order the sources give: a step with no date stays where
 * the source puts it, and two sources dating one step differently are two steps.
 */
public record Agreement(
        UUID id, Reference ref, long version,
        String title, AgreementKind agreementKind, List<String> parties, Disclosure disclosure,
        String summary, List<StatusChange> statusHistory) implements DomainRecord {

    public Agreement {
        Objects.requireNonNull(id, "id");
        title = Texts.required(title, "title");
        agreementKind = Objects.requireNonNullElse(agreementKind, AgreementKind.OTHER);
        parties = Texts.cleanList(parties);
        disclosure = Objects.requireNonNullElse(disclosure, Disclosure.UNKNOWN);
        summary = Texts.clean(summary);
        statusHistory = statusHistory == null ? List.of() : List.copyOf(statusHistory);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.AGREEMENT;
    }

    @Override
    public String displayName() {
        return title;
    }

    /** The status now: that of the last step recorded. */
    public Optional<AgreementStatus> currentStatus() {
        return statusHistory.isEmpty() ? Optional.empty()
                : Optional.of(statusHistory.get(statusHistory.size() - 1).status());
    }

    public Agreement withStored(Reference newRef, long newVersion) {
        return new Agreement(id, newRef, newVersion, title, agreementKind, parties, disclosure, summary,
                statusHistory);
    }
}

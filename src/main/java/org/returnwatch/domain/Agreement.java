package org.returnwatch.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An arrangement between states or agencies, with how its status changed over time. */
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
        statusHistory = statusHistory == null ? List.of() : statusHistory.stream().sorted().toList();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.AGREEMENT;
    }

    @Override
    public String displayName() {
        return title;
    }

    /** The latest status, by date; unknown-dated steps count as latest only when nothing is dated. */
    public Optional<AgreementStatus> currentStatus() {
        List<StatusChange> dated = statusHistory.stream().filter(s -> s.date().isKnown()).toList();
        List<StatusChange> pool = dated.isEmpty() ? statusHistory : dated;
        return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(pool.size() - 1).status());
    }

    public Agreement withStored(Reference newRef, long newVersion) {
        return new Agreement(id, newRef, newVersion, title, agreementKind, parties, disclosure, summary,
                statusHistory);
    }
}

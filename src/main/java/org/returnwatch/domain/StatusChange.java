package org.returnwatch.domain;

import java.util.Objects;

/** One step of an agreement's status history. */
public record StatusChange(AgreementStatus status, FuzzyDate date, String note) implements Comparable<StatusChange> {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        date = Objects.requireNonNullElse(date, FuzzyDate.UNKNOWN);
        note = Texts.clean(note);
    }

    @Override
    public int compareTo(StatusChange o) {
        return date.compareTo(o.date);
    }
}

package org.returnwatch.domain;

import java.util.Objects;

/** One step of an agreement's status history, with who says so and where. */
public record StatusChange(AgreementStatus status, FuzzyDate date, String note, Attribution attribution) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        date = Objects.requireNonNullElse(date, FuzzyDate.UNKNOWN);
        note = Texts.clean(note);
        attribution = Objects.requireNonNullElse(attribution, Attribution.NONE);
    }

    /** A step no source is named for. */
    public StatusChange(AgreementStatus status, FuzzyDate date, String note) {
        this(status, date, note, Attribution.NONE);
    }
}

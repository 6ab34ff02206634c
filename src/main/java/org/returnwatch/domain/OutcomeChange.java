package org.returnwatch.domain;

import java.util.Objects;

/** One step of what became of a case (returned, released, left again …), when, and who says so. */
public record OutcomeChange(Outcome outcome, FuzzyDate date, String note, Attribution attribution) {

    public OutcomeChange {
        Objects.requireNonNull(outcome, "outcome");
        date = Objects.requireNonNullElse(date, FuzzyDate.UNKNOWN);
        note = Texts.clean(note);
        attribution = Objects.requireNonNullElse(attribution, Attribution.NONE);
    }

    /** An outcome no date or source is given for. */
    public static OutcomeChange of(Outcome outcome) {
        return new OutcomeChange(outcome, FuzzyDate.UNKNOWN, null, Attribution.NONE);
    }
}

package org.returnwatch.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A dated task on a case: something to do by {@code due}, with a note; {@code doneAt} is null until
 * it is done.
 */
public record FollowUp(UUID id, ItemRef ref, long version, UUID caseId, LocalDate due, String note, Instant doneAt) {

    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "case");
        Objects.requireNonNull(due, "due date");
        note = Texts.required(note, "note");
        doneAt = doneAt == null ? null : doneAt.truncatedTo(ChronoUnit.MICROS);
    }

    public static FollowUp create(UUID caseId, LocalDate due, String note) {
        return new FollowUp(UUID.randomUUID(), null, 0, caseId, due, note, null);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Not done and due on or before {@code day}. */
    public boolean isDueBy(LocalDate day) {
        return !isDone() && !due.isAfter(day);
    }

    public FollowUp withDone(Instant when) {
        return new FollowUp(id, ref, version, caseId, due, note, when);
    }

    public FollowUp withStored(ItemRef newRef, long newVersion) {
        return new FollowUp(id, newRef, newVersion, caseId, due, note, doneAt);
    }
}

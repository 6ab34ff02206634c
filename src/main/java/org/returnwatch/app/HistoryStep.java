package org.returnwatch.app;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a record's history as the window shows it: when, by whom, what happened (in words),
 * and each field that changed, under the label its form gives it.
 *
 * @param seq        the entry's number in the database's history
 * @param what       what happened, in words: "changed", "added by an import", "put back to an earlier version"
 * @param note       what the change was part of (the file imported, the entry reverted to), or empty
 * @param restorable true when the record can be put back as this entry shows it (not for its current version)
 * @param compared   true for a change of a record that was there before and after (each field has two sides)
 * @param item       true for a step of an evidence file or a follow-up of the record, not of the record itself
 */
public record HistoryStep(long seq, Instant at, String caseworker, String what, String note,
                          List<FieldDiff> changes, boolean restorable, boolean compared, boolean item) {

    public HistoryStep {
        changes = List.copyOf(changes);
    }

    /** A step of the record itself. */
    public HistoryStep(long seq, Instant at, String caseworker, String what, String note, List<FieldDiff> changes,
                       boolean restorable, boolean compared) {
        this(seq, at, caseworker, what, note, changes, restorable, compared, false);
    }

    /** One field as the entry saw it before and after; an empty side is shown as empty. */
    public record FieldDiff(String field, String before, String after) {
    }
}

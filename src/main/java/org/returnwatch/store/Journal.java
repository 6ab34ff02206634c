package org.returnwatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;

/**
 * The history entries a write transaction owes: collected as its changes are made, numbered,
 * chained and written just before it commits (see {@link HistoryChain}), so that a transaction that
 * rolls back leaves no entry and the entries of concurrent transactions follow their commit order.
 */
final class Journal {
    /** A change waiting for its place in the chain. */
    record Change(HistoryAction action, ChangeOrigin origin, String note, RecordKind kind, UUID id, String ref,
                  String before, String after, String item) {
    }

    private final List<Change> changes = new ArrayList<>();
    private ChangeOrigin origin = ChangeOrigin.EDIT;
    private String note;

    void origin(ChangeOrigin newOrigin, String newNote) {
        this.origin = newOrigin;
        this.note = newNote;
    }

    void record(HistoryAction action, RecordKind kind, UUID id, String ref, String before, String after) {
        changes.add(new Change(action, origin, note, kind, id, ref, before, after, null));
    }

    /** A change to an item kept beside the records (an evidence file, a follow-up): {@code item} names its kind. */
    void item(HistoryAction action, String item, UUID id, String ref, String before, String after) {
        changes.add(new Change(action, origin, note, null, id, ref, before, after, item));
    }

    /** An entry about the whole database (a restore). */
    void database(HistoryAction action, ChangeOrigin entryOrigin, String entryNote) {
        changes.add(new Change(action, entryOrigin, entryNote, null, null, null, null, null, null));
    }

    List<Change> changes() {
        return changes;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }
}

package org.returnwatch.store;

import java.time.Instant;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;

/**
 * Unsaved edits kept inside the encrypted database when a window locks, to be offered back after
 * the next unlock ("You were editing RW-C-0007 when the window locked: restore your changes?").
 *
 * @param kind     the kind of record being edited; null for something that is not a record yet
 * @param recordId the record being edited; null for a new one not saved yet
 * @param ref      its reference code as shown, or null for a new record
 * @param label    what the window says the draft is ("the case Xie Weidong", "a new incident")
 * @param payload  the window's own form of the edits (JSON, say); the store does not read it
 */
public record Draft(UUID id, RecordKind kind, UUID recordId, String ref, String label, String payload,
                    Instant savedAt) {
}

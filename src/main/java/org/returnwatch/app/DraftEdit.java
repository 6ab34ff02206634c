package org.returnwatch.app;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;

/**
 * Unsaved edits kept in the encrypted database when the window locked, to be offered back after the
 * next unlock.
 *
 * @param recordId the record being edited; null for a new one never saved
 * @param ref      its reference code as shown ("RW-C-0007"), or null for a new record
 * @param label    how the window names it ("RW-C-0007  Xie Weidong", "New case")
 * @param fields   the form's fields as typed, by the form's own names
 */
public record DraftEdit(UUID id, RecordKind kind, UUID recordId, String ref, String label, Map<String, String> fields,
                        Instant savedAt) {

    public DraftEdit {
        fields = Map.copyOf(fields);
    }
}

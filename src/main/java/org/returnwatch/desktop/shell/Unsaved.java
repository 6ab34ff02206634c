package org.returnwatch.desktop.shell;

import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;

/**
 * The unsaved edits of the record on a screen's form, as the lock keeps them in a draft.
 *
 * @param recordId null for a record never saved
 * @param ref      its reference code as shown, or null for a new record
 * @param label    how the window names it ("RW-C-0007  Xie Weidong", "New case")
 */
public record Unsaved(RecordKind kind, UUID recordId, String ref, String label, Map<String, String> fields) {
}

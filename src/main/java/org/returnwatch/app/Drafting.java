package org.returnwatch.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Draft;
import org.returnwatch.store.Store;

/**
 * The drafts of unsaved edits a window keeps when it locks: written inside the encrypted database
 * (sealed, one per record), offered back after the next unlock, and forgotten once restored or declined.
 */
public final class Drafting {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store;

    Drafting(Store store) {
        this.store = store;
    }

    /** Keeps the edits of one record (replacing an earlier draft of it) in one transaction. */
    public void keep(RecordKind kind, java.util.UUID recordId, String ref, String label, Map<String, String> fields) {
        String payload;
        try {
            payload = JSON.writeValueAsString(new LinkedHashMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the edits could not be kept", e);
        }
        store.write(tx -> store.drafts().save(tx, kind, recordId, ref, label, payload));
    }

    /** Every draft kept, oldest first; a damaged one is refused whole ({@code IntegrityException}). */
    public List<DraftEdit> waiting() {
        return store.read(tx -> store.drafts().all(tx)).stream().map(Drafting::edit).toList();
    }

    public void discard(UUID draftId) {
        store.write(tx -> {
            store.drafts().discard(tx, draftId);
            return null;
        });
    }

    private static DraftEdit edit(Draft d) {
        Map<String, String> fields;
        try {
            fields = JSON.readValue(d.payload(), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            fields = Map.of();
        }
        Map<String, String> clean = new LinkedHashMap<>();
        fields.forEach((k, v) -> clean.put(k, v == null ? "" : v));
        return new DraftEdit(d.id(), d.kind(), d.recordId(), d.ref(), d.label(), clean, d.savedAt());
    }
}

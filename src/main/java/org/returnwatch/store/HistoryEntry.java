package org.returnwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.RecordKind;

/**
 * One entry of a database's history: when, by which caseworker, what happened to which record,
 * and the record's fields before and after (as canonical JSON, null where there is no such side).
 *
 * @param kind     null for an entry about the whole database (a restore)
 * @param recordId null for an entry about the whole database
 * @param ref      the record's reference code when the entry was written
 * @param note     what the change was part of, in words (the file imported, the entry reverted to)
 * @param item     for an entry about an item kept beside the records, its kind ({@code ATTACHMENT},
 *                 {@code FOLLOW_UP}; {@code kind} is then null); null for an entry about a record
 */
public record HistoryEntry(long seq, Instant at, String caseworker, HistoryAction action, ChangeOrigin origin,
                           RecordKind kind, UUID recordId, String ref, String before, String after, String note,
                           String item) {

    /** The fields that differ between before and after, in the record's order; every field for an insert or delete. */
    public List<FieldChange> changes() {
        ObjectNode b = before == null ? null : RecordJson.parse(before);
        ObjectNode a = after == null ? null : RecordJson.parse(after);
        Set<String> names = new LinkedHashSet<>();
        for (ObjectNode side : new ObjectNode[] {b, a}) {
            if (side != null) {
                for (Iterator<String> it = side.fieldNames(); it.hasNext();) {
                    names.add(it.next());
                }
            }
        }
        List<FieldChange> out = new ArrayList<>();
        for (String name : names) {
            JsonNode was = b == null ? null : b.get(name);
            JsonNode now = a == null ? null : a.get(name);
            if (!Objects.equals(was, now)) {
                out.add(new FieldChange(name, shown(was), shown(now)));
            }
        }
        return out;
    }

    /** The canonical text this entry's hash covers. */
    String canonical() {
        var array = RecordJson.MAPPER.createArrayNode();
        array.add(seq).add(at.toEpochMilli()).add(caseworker).add(action.name()).add(origin.name())
                .add(kind == null ? item : kind.name()).add(recordId == null ? null : recordId.toString())
                .add(ref).add(before).add(after).add(note);
        return RecordJson.text(array);
    }

    private static String shown(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isTextual() ? n.textValue() : RecordJson.text(n);
    }
}

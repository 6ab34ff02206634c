package org.returnwatch.app;

import static org.returnwatch.i18n.Phrase.phrase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.FieldChange;
import org.returnwatch.store.HistoryAction;
import org.returnwatch.store.HistoryEntry;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;

/**
 * A record's history for the window, and putting a record back as an earlier entry shows it. The
 * entries come from the database's tamper-evident history; a restore is itself a change, written
 * to the history as a revert, so it can be undone the same way.
 */
public final class RecordHistory {
    private final Store store;

    RecordHistory(Store store) {
        this.store = store;
    }

    /**
     * Every entry about the record, newest first, each field under the label its form gives it; for a case,
     * also the entries of its evidence files (and its incidents' files) and of its follow-ups.
     */
    public List<HistoryStep> of(RecordKind kind, UUID id) {
        List<HistoryEntry> entries = store.read(tx -> store.history().ofRecord(tx, id));
        List<HistoryEntry> items = kind == RecordKind.CASE ? store.read(tx -> ItemHistory.ofCase(store, tx, id))
                : List.of();
        List<HistoryStep> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry e = entries.get(i);
            boolean latest = i == entries.size() - 1;
            out.add(step(kind, e, !latest && e.action() != HistoryAction.DELETE && e.action() != HistoryAction.RESTORE
                    && e.kind() != null));
        }
        for (HistoryEntry e : items) {
            out.add(new HistoryStep(e.seq(), e.at(), e.caseworker(), ItemHistory.what(e), e.note() == null ? ""
                    : e.note(), List.of(), false, false, true));
        }
        out.sort(Comparator.comparingLong(HistoryStep::seq).reversed());
        return out;
    }

    /**
     * Every entry about the record that had this reference (deleted or merged away too), oldest first; for
     * a case, with the entries of its evidence files and follow-ups among them.
     */
    public List<HistoryEntry> entries(Reference ref) {
        return store.read(tx -> {
            List<HistoryEntry> own = store.history().ofRef(tx, ref);
            if (ref.kind() != RecordKind.CASE || own.isEmpty()) {
                return own;
            }
            List<HistoryEntry> all = new ArrayList<>(own);
            all.addAll(ItemHistory.ofCase(store, tx, own.get(0).recordId()));
            all.sort(Comparator.comparingLong(HistoryEntry::seq));
            return all;
        });
    }

    /**
     * Puts the record back as entry {@code seq} shows it, in one transaction recorded as a revert;
     * answers the record as it now stands.
     */
    public DomainRecord restore(long seq) {
        return store.write(tx -> {
            store.history().entry(tx, seq).orElseThrow(() -> new RecordNotFoundException(phrase("there is no "
                    + "history entry #{0}", seq)));
            return store.history().revert(tx, seq);
        });
    }

    private static HistoryStep step(RecordKind kind, HistoryEntry e, boolean restorable) {
        List<HistoryStep.FieldDiff> diffs = new ArrayList<>();
        for (FieldChange c : e.changes()) {
            String before = shown(c.before());
            String after = shown(c.after());
            if (e.action() != HistoryAction.UPDATE && before.isEmpty() && after.isEmpty()) {
                continue;
            }
            diffs.add(new HistoryStep.FieldDiff(FieldLabels.of(kind, c.field()), before, after));
        }
        return new HistoryStep(e.seq(), e.at(), e.caseworker(), what(e), e.note() == null ? "" : e.note(), diffs,
                restorable, e.action() == HistoryAction.UPDATE);
    }

    /** What happened, in words: the action, and what it was part of when it was not a plain edit. */
    static String what(HistoryEntry e) {
        String action = switch (e.action()) {
            case INSERT -> "added";
            case UPDATE -> "changed";
            case DELETE -> "deleted";
            case BASELINE -> "as it stood when its history began";
            case RESTORE -> "restored from a backup";
        };
        return switch (e.origin()) {
            case EDIT -> action;
            case IMPORT -> action + " by an import";
            case MERGE -> action + " by a merge";
            case REVERT -> action + ": put back to an earlier version";
            case UPGRADE -> action + " (recorded at an upgrade)";
            case RESTORE -> action + " by a restore from a backup";
        };
    }

    /** An empty list or text reads as empty, not as "[]"; a yes-or-no field as yes or no. */
    private static String shown(String value) {
        if (value == null || value.equals("[]") || value.equals("{}") || value.equals("\"\"")) {
            return "";
        }
        if (value.startsWith("[") || value.startsWith("{")) {
            try {
                return words(new com.fasterxml.jackson.databind.ObjectMapper().readTree(value));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return value;
            }
        }
        return scalar(value);
    }

    /**
     * A list or a structured value (an outcome step, a status step, a date) in words: its items one after
     * the other, each with its values in order, dates as they are written, and no identifiers.
     */
    private static String words(com.fasterxml.jackson.databind.JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(i -> items.add(words(i)));
            return String.join("; ", items.stream().filter(t -> !t.isEmpty()).toList());
        }
        if (n.isObject()) {
            if (n.has("precision") && n.has("start")) {
                return date(n);
            }
            List<String> parts = new ArrayList<>();
            n.fields().forEachRemaining(f -> parts.add(words(f.getValue())));
            return String.join(" · ", parts.stream().filter(t -> !t.isEmpty()).toList());
        }
        if (n.isBoolean()) {
            return "";
        }
        String text = n.asText();
        return text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") ? "" : scalar(text);
    }

    private static String date(com.fasterxml.jackson.databind.JsonNode n) {
        try {
            org.returnwatch.domain.FuzzyDate d = new org.returnwatch.domain.FuzzyDate(
                    org.returnwatch.domain.DatePrecision.valueOf(n.get("precision").asText()),
                    n.get("start").isNull() ? null : java.time.LocalDate.parse(n.get("start").asText()),
                    n.get("end").isNull() ? null : java.time.LocalDate.parse(n.get("end").asText()),
                    n.path("approximate").asBoolean(), n.path("inferred").asBoolean(),
                    n.has("bound") ? org.returnwatch.domain.DateBound.valueOf(n.get("bound").asText()) : null);
            return d.isKnown() ? d.toString() : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String scalar(String value) {
        return switch (value) {
            case "true" -> "yes";
            case "false" -> "no";
            // a choice from a fixed list is stored by its code (POLITICAL_DISSIDENT): shown as the form words it
            default -> value.matches("[A-Z][A-Z_]{3,}") ? value.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    : value;
        };
    }
}

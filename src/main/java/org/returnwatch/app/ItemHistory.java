package org.returnwatch.app;

import static org.returnwatch.i18n.Localization.lang;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Incident;
import org.returnwatch.store.HistoryAction;
import org.returnwatch.store.HistoryEntry;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * The history of the things kept beside a case: its evidence files (and its incidents' files) and its
 * follow-ups. Their entries are part of the database's hash-chained history; this reads them for a case
 * and says what each was, in words: "file attached: summons.pdf (SHA-256 3f2a91c0…77e1d2b4)",
 * "follow-up done: Ask the lawyer for the court order".
 */
public final class ItemHistory {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemHistory() {
    }

    /** The entries about the files and follow-ups of the case {@code caseId} and of its incidents, oldest first. */
    static List<HistoryEntry> ofCase(Store store, Transaction tx, UUID caseId) {
        List<UUID> holders = new ArrayList<>();
        holders.add(caseId);
        store.incidents().forCase(tx, caseId).stream().map(Incident::id).forEach(holders::add);
        return store.history().ofItemsHeldBy(tx, holders);
    }

    /** True for an entry about a file or a follow-up rather than a record. */
    public static boolean isItem(HistoryEntry e) {
        return e.item() != null;
    }

    /** What happened to the file or follow-up, in words, with its name and fingerprint or its note. */
    public static String what(HistoryEntry e) {
        JsonNode fields = fields(e.action() == HistoryAction.DELETE ? e.before() : e.after());
        if ("ATTACHMENT".equals(e.item())) {
            String name = fields.path("fileName").asText();
            String sha = shortSha(fields.path("sha256").asText());
            String on = "INCIDENT".equals(fields.path("recordKind").asText()) ? lang(", on one of its incidents") : "";
            return switch (e.action()) {
                case INSERT -> lang("file attached: {0} (SHA-256 {1}){2}", name, sha, on);
                case DELETE -> lang("file removed: {0} (SHA-256 {1}){2}", name, sha, on);
                default -> lang("file moved: {0} (SHA-256 {1}){2}", name, sha, on);
            };
        }
        String note = fields.path("note").asText();
        return switch (e.action()) {
            case INSERT -> lang("follow-up added: {0}, due {1}", note, fields.path("due").asText());
            case DELETE -> lang("follow-up removed: {0}", note);
            default -> followUpChange(e, note);
        };
    }

    private static String followUpChange(HistoryEntry e, String note) {
        boolean wasDone = !fields(e.before()).path("doneAt").isMissingNode()
                && !fields(e.before()).path("doneAt").isNull();
        boolean isDone = !fields(e.after()).path("doneAt").isMissingNode()
                && !fields(e.after()).path("doneAt").isNull();
        if (!wasDone && isDone) {
            return lang("follow-up done: {0}", note);
        }
        if (wasDone && !isDone) {
            return lang("follow-up reopened: {0}", note);
        }
        return lang("follow-up changed: {0}", note);
    }

    /** The first and last eight hex digits, as the evidence files' list shows a fingerprint. */
    static String shortSha(String sha) {
        return sha.length() < 16 ? sha : sha.substring(0, 8) + "\u2026" + sha.substring(sha.length() - 8);
    }

    private static JsonNode fields(String json) {
        if (json == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException ex) {
            return JSON.createObjectNode();
        }
    }
}

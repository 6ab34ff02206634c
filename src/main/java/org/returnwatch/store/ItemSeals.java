package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.ItemRef;

/**
 * Seals and history entries of the items kept beside the records: an evidence file's description
 * (its bytes are covered by their SHA-256, which the description holds) and a follow-up. Like a
 * record's, an item's seal is a keyed hash of its canonical fields, checked when it is read and by
 * {@code verify}, and every change to it is an entry in the hash-chained history.
 */
final class ItemSeals {
    static final String ATTACHMENT = "ATTACHMENT";
    static final String FOLLOW_UP = "FOLLOW_UP";
    static final Set<String> KINDS = Set.of(ATTACHMENT, FOLLOW_UP);
    /** An evidence file is never changed: its seal is of its one and only version. */
    static final long ATTACHMENT_VERSION = 1;

    private ItemSeals() {
    }

    /** The canonical fields of an item, without its identity, as its seal and history cover them. */
    static String json(Record item) {
        return RecordJson.text(RecordJson.fields(item, Set.of()));
    }

    static byte[] seal(Transaction tx, Attachment a, String json) {
        return tx.seals().record(ATTACHMENT, a.id(), a.ref(), ATTACHMENT_VERSION, json);
    }

    static byte[] seal(Transaction tx, FollowUp f, String json) {
        return tx.seals().record(FOLLOW_UP, f.id(), f.ref(), f.version(), json);
    }

    static void journal(Transaction tx, HistoryAction action, String kind, UUID id, ItemRef ref, String before,
                        String after) {
        tx.journal().item(action, kind, id, ref.toString(), before, after);
    }

    /** Whether a row read matches its stored seal; always true while seals are not being checked. */
    static boolean matches(Transaction tx, byte[] stored, java.util.function.Supplier<byte[]> expected) {
        return !tx.hasSeals() || !tx.checksSeals() || Seals.same(stored, expected.get());
    }

    static IntegrityException damaged(ItemRef ref) {
        return new IntegrityException(phrase("{0} is damaged: what is stored no longer matches its seal (run "
                + "verify)", ref));
    }

    /** Moves evidence files to another record (a merge, or its undo), sealed and journalled again. */
    static void moveAttachments(Transaction tx, List<UUID> ids, UUID to) throws SQLException {
        for (UUID id : ids) {
            Attachment a = Sql.query(tx, "SELECT " + AttachmentRepository.COLUMNS + " FROM attachment WHERE id = ?",
                    List.of(id), AttachmentRepository::row).get(0);
            Attachment moved = new Attachment(a.id(), a.ref(), a.recordKind(), to, a.fileName(), a.mediaType(),
                    a.size(), a.sha256(), a.addedBy(), a.addedAt(), a.note(), a.derivedFrom());
            String json = json(moved);
            Sql.update(tx, "UPDATE attachment SET record_id = ?, seal = ? WHERE id = ?",
                    List.of(to, seal(tx, moved, json), id));
            journal(tx, HistoryAction.UPDATE, ATTACHMENT, id, a.ref(), json(a), json);
        }
    }

    /** Moves follow-ups to another case (a merge, or its undo), sealed and journalled again. */
    static void moveFollowUps(Transaction tx, List<UUID> ids, UUID to) throws SQLException {
        for (UUID id : ids) {
            FollowUp f = Sql.query(tx, "SELECT " + FollowUpRepository.COLUMNS + " FROM follow_up f WHERE f.id = ?",
                    List.of(id), FollowUpRepository::row).get(0);
            FollowUp moved = new FollowUp(f.id(), f.ref(), f.version(), to, f.due(), f.note(), f.doneAt());
            String json = json(moved);
            Sql.update(tx, "UPDATE follow_up SET case_id = ?, seal = ? WHERE id = ?",
                    List.of(to, seal(tx, moved, json), id));
            journal(tx, HistoryAction.UPDATE, FOLLOW_UP, id, f.ref(), json(f), json);
        }
    }

    /** Seals every stored item and gives it a first history entry: for a database whose items had none. */
    static void baselineAll(Transaction tx, AttachmentRepository attachments, FollowUpRepository followUps)
            throws SQLException {
        for (Attachment a : tx.unchecked(attachments::allIncludingDeleted)) {
            String json = json(a);
            Sql.update(tx, "UPDATE attachment SET seal = ? WHERE id = ?", List.of(seal(tx, a, json), a.id()));
            journal(tx, HistoryAction.BASELINE, ATTACHMENT, a.id(), a.ref(), null, json);
        }
        for (FollowUp f : tx.unchecked(followUps::all)) {
            String json = json(f);
            Sql.update(tx, "UPDATE follow_up SET seal = ? WHERE id = ?", List.of(seal(tx, f, json), f.id()));
            journal(tx, HistoryAction.BASELINE, FOLLOW_UP, f.id(), f.ref(), null, json);
        }
    }
}

package org.returnwatch.app;

import static org.returnwatch.i18n.Phrase.phrase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.ItemRef;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;
import org.returnwatch.store.StoreException;

/** Follow-ups: dated tasks on cases, each with a note, done or not; and what is due. */
public final class FollowUps {
    private final Store store;

    FollowUps(Store store) {
        this.store = store;
    }

    /** A follow-up with the case it belongs to, for lists across cases. */
    public record Due(FollowUp followUp, Reference caseRef, String caseName) {
    }

    public FollowUp add(Reference caseRef, LocalDate due, String note) {
        if (note == null || note.isBlank()) {
            throw new StoreException(phrase("a follow-up needs a note saying what is to be done; nothing was added"));
        }
        return store.write(tx -> {
            Case c = store.cases().findByRef(tx, caseRef)
                    .orElseThrow(() -> new RecordNotFoundException(phrase("no case {0}; nothing was added",
                            caseRef)));
            return store.followUps().insert(tx, FollowUp.create(c.id(), due, note));
        });
    }

    public FollowUp add(UUID caseId, LocalDate due, String note) {
        if (note == null || note.isBlank()) {
            throw new StoreException(phrase("a follow-up needs a note saying what is to be done; nothing was added"));
        }
        return store.write(tx -> store.followUps().insert(tx, FollowUp.create(caseId, due, note)));
    }

    /** A case's follow-ups, by due date. */
    public List<FollowUp> forCase(Reference caseRef) {
        return store.read(tx -> {
            Case c = store.cases().findByRef(tx, caseRef)
                    .orElseThrow(() -> new RecordNotFoundException(phrase("no case {0}", caseRef)));
            return store.followUps().forCase(tx, c.id());
        });
    }

    public List<FollowUp> forCase(UUID caseId) {
        return store.read(tx -> store.followUps().forCase(tx, caseId));
    }

    /** Follow-ups not done and due on or before {@code day} (overdue ones first), with their cases. */
    public List<Due> dueBy(LocalDate day) {
        return store.read(tx -> store.followUps().openDueBy(tx, day).stream().map(f -> {
            Case c = store.cases().find(tx, f.caseId()).orElseThrow();
            return new Due(f, c.ref(), c.displayName());
        }).toList());
    }

    /** Marks a follow-up done (or not done again); refused if it changed meanwhile. */
    public FollowUp setDone(ItemRef ref, boolean done) {
        return store.write(tx -> {
            FollowUp f = store.followUps().findByRef(tx, ref)
                    .orElseThrow(() -> new RecordNotFoundException(phrase("no follow-up {0}", ref)));
            if (f.isDone() == done) {
                return f;
            }
            return store.followUps().update(tx, f.withDone(done ? Instant.now() : null));
        });
    }

    /** Saves a changed follow-up read before (its due date, note or done state). */
    public FollowUp save(FollowUp changed) {
        return store.write(tx -> store.followUps().update(tx, changed));
    }
}

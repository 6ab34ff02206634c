package org.returnwatch.app;

import static org.returnwatch.i18n.Phrase.phrase;

import java.time.LocalDate;
import java.util.List;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.ConstraintViolationException;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;

/** A case's status, date opened and holder set on their own, and the team's list a holder comes from. */
public final class Casework {
    private final Store store;

    Casework(Store store) {
        this.store = store;
    }

    /** What to change; a null field stays as it is (an empty holder gives the case to nobody). */
    public record Change(CaseStatus status, String closeReason, LocalDate opened, String holder) {
    }

    /**
     * Changes the casework of a case, in one transaction with its history entry. A holder must be on the
     * team's list; a case set to closed needs a reason. Nothing is changed when either is wrong.
     */
    public Case change(Reference ref, Change change) {
        return store.write(tx -> {
            Case c = store.cases().findByRef(tx, ref)
                    .orElseThrow(() -> new RecordNotFoundException(phrase("no case {0}; nothing was changed",
                            ref)));
            CaseStatus status = change.status() != null ? change.status() : c.status();
            String reason = change.closeReason() != null ? change.closeReason() : c.closeReason();
            if (status == CaseStatus.CLOSED && (reason == null || reason.isBlank())) {
                throw new ConstraintViolationException(phrase("a closed case needs a reason (--reason TEXT); "
                        + "nothing was changed"));
            }
            String holder = c.holder();
            if (change.holder() != null) {
                holder = change.holder().isBlank() ? null : change.holder().strip();
                List<String> team = store.team().names(tx);
                if (holder != null && !team.contains(holder)) {
                    throw new ConstraintViolationException(phrase("\"{0}\" is not one of the team's caseworkers "
                            + "({1}); add them with caseworker --add NAME; nothing was changed", holder,
                            (team.isEmpty() ? "none yet" : String.join(", ", team))));
                }
            }
            LocalDate opened = change.opened() != null ? change.opened() : c.opened();
            if (opened != null && opened.isAfter(LocalDate.now())) {
                throw new ConstraintViolationException(phrase("the date opened {0} is in the future; nothing was "
                        + "changed", opened));
            }
            return store.cases().update(tx, c.withCasework(status, reason, opened, holder));
        });
    }

    /** The team's caseworkers, in alphabetical order. */
    public List<String> team() {
        return store.read(tx -> store.team().names(tx));
    }

    public String addToTeam(String name) {
        return store.write(tx -> store.team().add(tx, name));
    }

    /** Takes a caseworker off the list; the cases they hold keep their name. False if not on it. */
    public boolean removeFromTeam(String name) {
        return store.write(tx -> store.team().remove(tx, name));
    }
}

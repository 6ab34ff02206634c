package org.returnwatch.store;

import java.util.List;
import org.returnwatch.i18n.Phrase;

/**
 * What {@code verify} found: the problems in the order a reader should meet them (the history
 * chain first, then the key file, the records, the rest of the database), the history's last entry,
 * and how much was checked.
 */
public record VerifyReport(List<Phrase> found, HistoryHead head, long entries, long records) {
    public VerifyReport {
        found = List.copyOf(found);
    }

    /** The problems in English. */
    public List<String> problems() {
        return found.stream().map(Phrase::english).toList();
    }

    public boolean intact() {
        return found.isEmpty();
    }

    /** The first broken place in English, or null when the database is whole. */
    public String firstProblem() {
        return found.isEmpty() ? null : found.get(0).english();
    }

    /** The first broken place, to be said in the reader's language; null when the database is whole. */
    public Phrase firstFinding() {
        return found.isEmpty() ? null : found.get(0);
    }
}

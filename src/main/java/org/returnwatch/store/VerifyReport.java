package org.returnwatch.store;

import java.util.List;

/**
 * What {@code verify} found: the problems in the order a reader should meet them (the history
 * chain first, then the key file, the records, the rest of the database), the history's last entry,
 * and how much was checked.
 */
public record VerifyReport(List<String> problems, HistoryHead head, long entries, long records) {
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** The first broken place, or null when the database is whole. */
    public String firstProblem() {
        return problems.isEmpty() ? null : problems.get(0);
    }
}

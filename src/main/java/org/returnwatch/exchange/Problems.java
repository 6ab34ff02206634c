package org.returnwatch.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.returnwatch.i18n.Phrase;

/**
 * The problems found in an input. Only the first thousand are kept (a broken file of a million rows
 * must not fill the memory with messages), but all are counted.
 */
final class Problems {
    static final int KEPT = 1_000;

    private final List<Problem> kept = new ArrayList<>();
    /** A record's reference is read twice (declared, then built); its problem is reported once. */
    private final Set<Problem> seen = new HashSet<>();
    private int count;
    private int reports;

    void add(Problem p) {
        reports++;
        if (kept.size() < KEPT && !seen.add(p)) {
            return;
        }
        count++;
        if (kept.size() < KEPT) {
            kept.add(p);
        }
    }

    /** A reason in a library's own words (an exception's message), shown as it is. */
    void add(String file, int line, String where, String reason) {
        add(file, line, where, Phrase.words(reason));
    }

    void add(String file, int line, String where, Phrase reason) {
        add(new Problem(file, line, where, reason));
    }

    int count() {
        return count;
    }

    /** Every report, repeats included: tells a reader whether the record it just read had anything wrong. */
    int reports() {
        return reports;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The problems in file and line order (they are found kind by kind, not line by line). */
    ImportRejectedException rejection() {
        List<Problem> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new ImportRejectedException(sorted, count);
    }

    /** Refuses the input if anything is wrong with it. */
    void throwIfAny() {
        if (count > 0) {
            throw rejection();
        }
    }
}

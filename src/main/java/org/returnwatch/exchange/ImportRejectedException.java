package org.returnwatch.exchange;

import java.util.List;
import org.returnwatch.store.StoreException;

/** An input refused as a whole; nothing was written. Holds a bounded list of what is wrong. */
public class ImportRejectedException extends StoreException {
    private static final long serialVersionUID = 1L;
    public static final int MAX_PROBLEMS = 50;

    private final transient List<Problem> problems;
    private final int total;

    public ImportRejectedException(List<Problem> problems) {
        this(problems, problems.size());
    }

    /** {@code total} counts problems that were found but not kept. */
    public ImportRejectedException(List<Problem> problems, int total) {
        super(summary(problems, total));
        this.total = total;
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    private static String summary(List<Problem> problems, int total) {
        String first = problems.get(0).toString();
        return total == 1 ? first : first + " (and " + (total - 1) + " more problems)";
    }

    public List<Problem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }
}

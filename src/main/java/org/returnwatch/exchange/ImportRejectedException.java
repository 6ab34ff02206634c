package org.returnwatch.exchange;

import java.util.List;
import org.returnwatch.i18n.Phrase;
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

    private static Phrase summary(List<Problem> problems, int total) {
        Phrase first = problems.get(0).phrase();
        return total == 1 ? first : Phrase.phrase("{0} (and {1} more problems)", first, total - 1);
    }

    public List<Problem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }
}

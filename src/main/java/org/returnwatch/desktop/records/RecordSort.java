package org.returnwatch.desktop.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.returnwatch.desktop.common.PagedList;
import org.returnwatch.domain.DomainRecord;

/**
 * The columns the record lists sort by. The store pages these lists in reference order only, so
 * a sorted list is read whole and sorted here: agreements, statistics, sources and actors number
 * in the hundreds, not in the hundreds of thousands as cases may.
 */
public enum RecordSort {
    REFERENCE(Comparator.comparingInt(r -> r.ref() == null ? Integer.MAX_VALUE : r.ref().number())),
    TITLE(Comparator.comparing((DomainRecord r) -> r.displayName() == null ? "" : r.displayName(),
            String.CASE_INSENSITIVE_ORDER).thenComparingInt(r -> r.ref() == null ? 0 : r.ref().number()));

    private final Comparator<DomainRecord> order;

    RecordSort(Comparator<DomainRecord> order) {
        this.order = order;
    }

    public Comparator<DomainRecord> order(boolean descending) {
        return descending ? order.reversed() : order;
    }

    /** Pages of {@code all}, sorted; read (on the background thread) the first time a page is asked for. */
    static <T extends DomainRecord> PagedList.PageReader<T> pages(Supplier<List<T>> all, Comparator<DomainRecord> by) {
        return new PagedList.PageReader<>() {
            private List<T> sorted;

            @Override
            public synchronized List<T> read(int offset, int limit) {
                if (sorted == null) {
                    List<T> rows = new ArrayList<>(all.get());
                    rows.sort(by);
                    sorted = rows;
                }
                int from = Math.min(offset, sorted.size());
                return List.copyOf(sorted.subList(from, Math.min(from + limit, sorted.size())));
            }
        };
    }
}

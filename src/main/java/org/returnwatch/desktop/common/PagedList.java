package org.returnwatch.desktop.common;

import static org.returnwatch.i18n.Localization.lang;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;

/**
 * A list whose size is known but whose elements are read from the database a page at a time, as
 * the table scrolls to them. Only the most recently used pages are kept, so 100,000 rows cost no
 * more memory than a few hundred. An element not read yet is null until its page arrives; then
 * the list reports those rows as updated and the table redraws them.
 */
public final class PagedList<T> extends ObservableListBase<T> {
    public static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 20;

    /** Reads {@code limit} rows from {@code offset}; runs on the background thread. */
    @FunctionalInterface
    public interface PageReader<T> {
        List<T> read(int offset, int limit);
    }

    /** The pages being read for the result on show; a new result supersedes them. */
    private final Tasks reads;
    private final Consumer<Throwable> onError;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return super.size() > MAX_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private PageReader<T> reader = (o, l) -> List.of();
    private int size;

    public PagedList(TaskRunner runner, Consumer<Throwable> onError) {
        this.reads = new Tasks(runner);
        this.onError = onError;
    }

    /** Shows a new result: {@code newSize} rows, read through {@code newReader}. */
    public void reset(int newSize, PageReader<T> newReader) {
        replace(newSize, newReader, List.of());
    }

    /** The page is in place before the change is announced, so the table's reads find it. */
    private void replace(int newSize, PageReader<T> newReader, List<T> firstPage) {
        reads.supersede();
        pages.clear();
        loading.clear();
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
        int old = size;
        size = newSize;
        reader = newReader;
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, null));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    /**
     * Shows a new result whose first page has been read already and whose size is not known yet:
     * the table shows those rows at once, and {@link #resize} adds the rest once they are counted.
     */
    public void start(List<T> firstPage, PageReader<T> newReader) {
        replace(firstPage.size(), newReader, firstPage);
    }

    /** Sets the size once the rows have been counted; the pages read so far stay. */
    public void resize(int newSize) {
        int old = size;
        if (newSize == old) {
            return;
        }
        size = newSize;
        beginChange();
        if (newSize > old) {
            nextAdd(old, newSize);
        } else {
            // fewer than the first page showed: rows were deleted between the two reads
            List<T> gone = new java.util.ArrayList<>();
            for (int i = newSize; i < old; i++) {
                gone.add(peek(i));
            }
            nextRemove(newSize, gone);
        }
        endChange();
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        int page = index / PAGE_SIZE;
        List<T> rows = pages.get(page);
        if (rows == null) {
            load(page);
            rows = pages.get(page);
        }
        int at = index % PAGE_SIZE;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    /** The row if its page is in memory, without asking for it. */
    public T peek(int index) {
        List<T> rows = pages.get(index / PAGE_SIZE);
        int at = index % PAGE_SIZE;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    @Override
    public int size() {
        return size;
    }

    private void load(int page) {
        if (!loading.add(page)) {
            return;
        }
        PageReader<T> r = reader;
        boolean[] answeredAtOnce = {true};
        reads.run(lang("reading a page of records"), () -> r.read(page * PAGE_SIZE, PAGE_SIZE),
                rows -> arrived(page, rows, !answeredAtOnce[0]),
                e -> {
                    loading.remove(page);
                    onError.accept(e);
                });
        answeredAtOnce[0] = false;
    }

    private void arrived(int page, List<T> rows, boolean later) {
        loading.remove(page);
        pages.put(page, rows);
        if (later) {
            // only a late page is announced: announcing during get() would re-enter the table
            int from = page * PAGE_SIZE;
            int to = Math.min(size, from + rows.size());
            if (to > from) {
                beginChange();
                for (int i = from; i < to; i++) {
                    nextUpdate(i);
                }
                endChange();
            }
        }
    }
}

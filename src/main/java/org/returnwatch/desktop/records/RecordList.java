package org.returnwatch.desktop.records;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.common.PagedList;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.ShownRecords;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.Selection;

/**
 * The list side of a record screen: the search typed, how many records match, the rows read page by
 * page in the order chosen. A new search supersedes the answers still on their way.
 */
public final class RecordList<T extends DomainRecord> {
    private final Session session;
    private final RecordKind kind;
    private final Tasks searches;
    private final Consumer<String> problem;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final PagedList<T> rows;
    private final ReadOnlyIntegerWrapper matches = new ReadOnlyIntegerWrapper(this, "matches");
    private RecordSort sort;
    private boolean descending;
    private boolean forgotten;

    RecordList(Session session, TaskRunner runner, RecordKind kind, Consumer<String> problem) {
        this.session = session;
        this.kind = kind;
        this.searches = new Tasks(runner);
        this.problem = problem;
        this.rows = new PagedList<>(runner, e -> problem.accept(message(e)));
        query.addListener((o, a, b) -> refresh());
    }

    /** Reads the count and the first rows again, for the search as it is now. */
    public void refresh() {
        if (forgotten || !session.isUnlocked()) {
            return;
        }
        Workspace w = session.workspace();
        String q = query.get();
        RecordSort by = sort;
        boolean desc = descending;
        searches.supersede();
        searches.run(lang("searching {0}", lang(kind.plural())), () -> w.lookup().count(kind, q), n -> {
            matches.set(n);
            rows.reset(n, by == null ? (offset, limit) -> w.lookup().page(kind, q, offset, limit)
                    : RecordSort.pages(() -> w.lookup().<T>page(kind, q, 0, n), by.order(desc)));
        }, e -> problem.accept(message(e)));
    }

    /** Sorts the list by a column; null for the stored order (by reference, read page by page). */
    public void sortBy(RecordSort newSort, boolean newDescending) {
        if (newSort == sort && newDescending == descending) {
            // the table asks again whenever its rows change: only a new order is worth a new search
            return;
        }
        sort = newSort;
        descending = newDescending;
        refresh();
    }

    /** What the list shows, for an export of "the records shown". */
    ShownRecords shown() {
        String q = query.get() == null ? "" : query.get().strip();
        String kinds = lang(kind.plural());
        return new ShownRecords(Selection.of(List.of(kind), q), q.isEmpty()
                ? lang("All {0} {1}", matches.get(), kinds)
                : lang("The {0} {1} the list shows (search \u201c{2}\u201d)", matches.get(), kinds, q));
    }

    /** After a lock: answers on their way are dropped, and nothing of the old database stays listed. */
    void forget() {
        forgotten = true;
        searches.cancelAll();
        rows.reset(0, (offset, limit) -> List.of());
        matches.set(0);
        query.set("");
    }

    public PagedList<T> rows() {
        return rows;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyIntegerProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }
}

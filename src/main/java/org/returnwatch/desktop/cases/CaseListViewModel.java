package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.returnwatch.app.CaseListing;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.common.PagedList;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.CaseQuery.CaseSort;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.Tactic;
import org.returnwatch.i18n.Localization;

/**
 * The case table: search as you type, filters, sort, and rows read from the database a page at
 * a time. Every change of query or filter reads the first page, then counts the matches; an
 * older answer that arrives after a newer question is dropped.
 */
public final class CaseListViewModel {
    private static final DateTimeFormatter LAST_CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Session session;
    private final Tasks tasks;
    /** The current query's reads: a new query supersedes them. */
    private final Tasks searches;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Tactic> tactics = FXCollections.observableArrayList();
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Tactic> chosenTactics = FXCollections.observableArrayList();
    private final ObservableList<String> chosenCountries = FXCollections.observableArrayList();
    private final ObservableList<Outcome> chosenOutcomes = FXCollections.observableArrayList();
    private final ObservableList<Campaign> chosenCampaigns = FXCollections.observableArrayList();
    private final ObservableList<Integer> chosenYears = FXCollections.observableArrayList();
    private final ObservableList<CaseKind> chosenKinds = FXCollections.observableArrayList();
    private final ObservableList<CaseStatus> chosenStatuses = FXCollections.observableArrayList();
    /** Cases opened on or after this day only (set by a count of the Today screen), or null. */
    private final ObjectProperty<LocalDate> openedSince = new SimpleObjectProperty<>(this, "openedSince");
    /** When each case on show, or one of its incidents, was last saved; filled as pages are read. */
    private final Map<UUID, Instant> lastChanged = new ConcurrentHashMap<>();
    /** True while several filters are set at once: one search at the end, not one per filter. */
    private boolean batching;
    private final ReadOnlyIntegerWrapper matches = new ReadOnlyIntegerWrapper(this, "matches");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final PagedList<Case> rows;
    private CaseSort sort = CaseSort.REFERENCE;
    private boolean descending;
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyStringWrapper matchesText = new ReadOnlyStringWrapper(this, "matchesText", "");
    private boolean forgotten;

    public CaseListViewModel(Session session, TaskRunner runner) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.searches = new Tasks(runner);
        this.rows = new PagedList<>(runner, e -> problem.set(message(e)));
        query.addListener((o, a, b) -> refresh());
        openedSince.addListener((o, a, b) -> refresh());
        ListChangeListener<Object> refilter = c -> refresh();
        for (ObservableList<?> l : List.of(chosenTactics, chosenCountries, chosenOutcomes, chosenCampaigns,
                chosenYears, chosenKinds, chosenStatuses)) {
            @SuppressWarnings("unchecked")
            ObservableList<Object> o = (ObservableList<Object>) l;
            o.addListener(refilter);
        }
    }

    /** The query as the filters and search box now stand. */
    public CaseQuery currentQuery() {
        return new CaseQuery(query.get(), new HashSet<>(chosenTactics.stream().map(Tactic::code).toList()),
                new HashSet<>(chosenCountries), new HashSet<>(chosenOutcomes), new HashSet<>(chosenCampaigns),
                new HashSet<>(chosenYears), new HashSet<>(chosenKinds), new HashSet<>(chosenStatuses),
                openedSince.get(), null, sort, descending);
    }

    /** What a count of the Today screen counts: the list shows those cases, every other filter cleared. */
    public record Filter(Set<CaseStatus> statuses, List<Tactic> tactics, Set<String> countries,
                         LocalDate openedSince) {
    }

    /** Shows only the cases {@code f} names, with one search. */
    public void showOnly(Filter f) {
        batching = true;
        try {
            query.set("");
            clearFilters();
            chosenStatuses.setAll(f.statuses());
            chosenTactics.setAll(f.tactics());
            chosenCountries.setAll(f.countries());
            openedSince.set(f.openedSince());
        } finally {
            batching = false;
        }
        refresh();
    }

    /** Loads the filters' choices (tactics, countries, years that occur) and the first page. */
    public void load() {
        Workspace w = session.workspace();
        tasks.run(lang("reading the filter choices"), () -> w.caseList().filterChoices(), c -> {
            tactics.setAll(c.tactics());
            countries.setAll(c.countries());
            years.setAll(c.years());
        }, e -> problem.set(message(e)));
        refresh();
    }

    public void sortBy(CaseSort newSort, boolean newDescending) {
        if (newSort == sort && newDescending == descending) {
            // the table asks again whenever its rows change: only a new order is worth a new search
            return;
        }
        sort = newSort;
        descending = newDescending;
        refresh();
    }

    /**
     * Shows the first page as soon as it is read, then counts the matches in a task of its own:
     * a count of a common word over 100,000 cases takes more than a second, a page a few
     * milliseconds. Where the exact count is not quick, an estimate ("about 61,000 cases") is shown
     * while it is made. Work for a query that has been replaced meanwhile is skipped or dropped.
     */
    public void refresh() {
        if (forgotten || batching || !session.isUnlocked()) {
            return;
        }
        Workspace w = session.workspace();
        CaseQuery q = currentQuery();
        searches.supersede();
        PagedList.PageReader<Case> reader = (offset, limit) -> {
            CaseListing.Page page = w.caseList().pageWithChanges(q, offset, limit);
            lastChanged.putAll(page.lastChanged());
            return page.cases();
        };
        searches.run(lang("searching cases"), () -> reader.read(0, PagedList.PAGE_SIZE), first -> {
            problem.set("");
            rows.start(first, reader);
            if (first.size() < PagedList.PAGE_SIZE) {
                counted(first.size());
                return;
            }
            matches.set(first.size());
            counting.set(true);
            matchesText.set(lang("{0}+ cases, counting…", Localization.number(first.size())));
            searches.runAside(lang("counting cases"), () -> w.caseList().quickCount(q), quick -> {
                if (quick.exact()) {
                    rows.resize(quick.value());
                    counted(quick.value());
                    return;
                }
                // over many cases an exact count of a common word takes seconds: an estimate first, marked as one
                matchesText.set(lang("about {0} cases, counting…",
                        Localization.number(Math.max(quick.value(), first.size()))));
                searches.runAside(lang("counting cases"), () -> w.caseList().count(q), n -> {
                    rows.resize(n);
                    counted(n);
                }, this::failed);
            }, this::failed);
        }, this::failed);
    }

    private void counted(int n) {
        matches.set(n);
        counting.set(false);
        matchesText.set(n == 1 ? lang("1 case") : lang("{0} cases", Localization.number(n)));
    }

    private void failed(Throwable e) {
        counting.set(false);
        problem.set(message(e));
    }

    /** Empties the table, the search and the filters (on lock); answers still under way are dropped. */
    public void forget() {
        tasks.cancelAll();
        searches.cancelAll();
        forgotten = true;
        rows.reset(0, (offset, limit) -> List.of());
        counted(0);
        problem.set("");
        query.set("");
        clearFilters();
        tactics.clear();
        countries.clear();
        years.clear();
        lastChanged.clear();
    }

    public void clearFilters() {
        chosenTactics.clear();
        chosenCountries.clear();
        chosenOutcomes.clear();
        chosenCampaigns.clear();
        chosenYears.clear();
        chosenKinds.clear();
        chosenStatuses.clear();
        openedSince.set(null);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public PagedList<Case> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** True while the matches of the rows on show are still being counted. */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** "1,234 cases", or while counting "100+ cases, counting…". */
    public ReadOnlyStringProperty matchesTextProperty() {
        return matchesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<Tactic> tactics() {
        return tactics;
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public List<Outcome> outcomes() {
        return List.of(Outcome.values());
    }

    public List<Campaign> campaigns() {
        return List.of(Campaign.values());
    }

    public List<CaseKind> kinds() {
        return List.of(CaseKind.values());
    }

    /** Individuals, groups, context records: which the list shows (none chosen: all). */
    public ObservableList<CaseKind> chosenKinds() {
        return chosenKinds;
    }

    public ObservableList<Tactic> chosenTactics() {
        return chosenTactics;
    }

    public ObservableList<String> chosenCountries() {
        return chosenCountries;
    }

    public ObservableList<Outcome> chosenOutcomes() {
        return chosenOutcomes;
    }

    public ObservableList<Campaign> chosenCampaigns() {
        return chosenCampaigns;
    }

    public ObservableList<Integer> chosenYears() {
        return chosenYears;
    }

    public List<CaseStatus> statuses() {
        return List.of(CaseStatus.values());
    }

    public ObservableList<CaseStatus> chosenStatuses() {
        return chosenStatuses;
    }

    public ObjectProperty<LocalDate> openedSinceProperty() {
        return openedSince;
    }

    /** When the case, or one of its incidents, was last saved, in local time to the minute ("" until read). */
    public String lastChangedText(Case c) {
        Instant at = lastChanged.get(c.id());
        return at == null ? "" : LAST_CHANGED.format(at.atZone(ZoneId.systemDefault()));
    }
}

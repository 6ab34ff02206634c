package org.returnwatch.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.MatchCount;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.CaseSearch;
import org.returnwatch.store.Store;

/** The case table's reads: a page of the cases a query shows, how many it shows, and the filters' choices. */
public final class CaseListing {
    private final Store store;
    private final CaseSearch search;

    CaseListing(Store store) {
        this.store = store;
        this.search = new CaseSearch(store.cases());
    }

    /** What the filters offer: tactics, and the countries and incident years that occur. */
    public record FilterChoices(List<Tactic> tactics, List<String> countries, List<Integer> years) {
    }

    public List<Case> page(CaseQuery q, int offset, int limit) {
        return store.read(tx -> search.page(tx, q, offset, limit));
    }

    /** A page of cases with when each (or one of its incidents) was last saved. */
    public record Page(List<Case> cases, Map<UUID, Instant> lastChanged) {
    }

    /** A page and when each of its cases last changed, read in one transaction. */
    public Page pageWithChanges(CaseQuery q, int offset, int limit) {
        return store.read(tx -> {
            List<Case> cases = search.page(tx, q, offset, limit);
            return new Page(cases, search.lastChanged(tx, cases.stream().map(Case::id).toList()));
        });
    }

    public int count(CaseQuery q) {
        return store.read(tx -> search.count(tx, q));
    }

    /** The count to show at once: exact when that is quick, else an estimate marked as one; {@link #count} follows. */
    public MatchCount quickCount(CaseQuery q) {
        return store.read(tx -> search.quickCount(tx, q));
    }

    public FilterChoices filterChoices() {
        return store.read(tx -> new FilterChoices(store.tactics().all(tx), search.residenceCountries(tx),
                search.incidentYears(tx)));
    }
}

package org.returnwatch.exchange;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.RecordKind;

/**
 * Which records an export takes: those of some kinds whose text matches a search (as the search box
 * and {@code list --query} match), or the cases the case table's search and filters show. No kinds
 * means every kind; no query means every record of them. Data points go with their series and
 * cannot be chosen on their own.
 *
 * @param cases the case table's query, or null; when given it alone chooses (kinds and query are unused)
 * @param withLinked true (the default) to take, besides what the chosen records need, every record they
 *                   are linked to, so that the export rebuilds the same case file elsewhere; false for
 *                   only the chosen records and what they need
 */
public record Selection(Set<RecordKind> kinds, String query, CaseQuery cases, boolean withLinked) {
    public static final Selection ALL = new Selection(Set.of(), null);

    public Selection {
        if (kinds.contains(RecordKind.DATA_POINT)) {
            throw new IllegalArgumentException("data points are exported with their series");
        }
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        query = query == null || query.isBlank() ? null : query.strip();
    }

    public Selection(Set<RecordKind> kinds, String query) {
        this(kinds, query, null, true);
    }

    public static Selection of(Collection<RecordKind> kinds, String query) {
        return new Selection(Set.copyOf(kinds), query);
    }

    /** The cases the table shows for {@code q}: its words and filters, whatever its sort. */
    public static Selection ofCases(CaseQuery q) {
        return new Selection(Set.of(RecordKind.CASE), q.text(), q, true);
    }

    /** The same choice, taking only the chosen records and what they need, not what they are linked to. */
    public Selection onlyThese() {
        return new Selection(kinds, query, cases, false);
    }

    public boolean isAll() {
        return cases == null && kinds.isEmpty() && query == null;
    }

    /** The kinds searched: the chosen ones, or all but data points. */
    Set<RecordKind> searchedKinds() {
        if (!kinds.isEmpty()) {
            return kinds;
        }
        Set<RecordKind> all = EnumSet.allOf(RecordKind.class);
        all.remove(RecordKind.DATA_POINT);
        return all;
    }
}

package org.returnwatch.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the case table shows: the words typed in the search box, the chosen filters (an empty set
 * means "any") and the sort. Filters of one kind are alternatives; filters of different kinds all apply.
 * {@code openedSince} keeps the cases opened on or after that day; {@code dueBefore} the cases with a
 * follow-up not yet done that is due before that day (either null for any).
 */
public record CaseQuery(String text, Set<String> tactics, Set<String> residenceCountries, Set<Outcome> outcomes,
                        Set<Campaign> campaigns, Set<Integer> years, Set<CaseKind> kinds, Set<CaseStatus> statuses,
                        LocalDate openedSince, LocalDate dueBefore, CaseSort sort, boolean descending) {

    public static final CaseQuery ALL = new CaseQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), CaseSort.REFERENCE, false);

    /** A query without the casework filters (status, date opened, follow-ups due). */
    public CaseQuery(String text, Set<String> tactics, Set<String> residenceCountries, Set<Outcome> outcomes,
                     Set<Campaign> campaigns, Set<Integer> years, Set<CaseKind> kinds, CaseSort sort,
                     boolean descending) {
        this(text, tactics, residenceCountries, outcomes, campaigns, years, kinds, Set.of(), null, null, sort,
                descending);
    }

    public CaseQuery {
        tactics = Set.copyOf(Objects.requireNonNullElse(tactics, Set.of()));
        residenceCountries = Set.copyOf(Objects.requireNonNullElse(residenceCountries, Set.of()));
        outcomes = Set.copyOf(Objects.requireNonNullElse(outcomes, Set.of()));
        campaigns = Set.copyOf(Objects.requireNonNullElse(campaigns, Set.of()));
        years = Set.copyOf(Objects.requireNonNullElse(years, Set.of()));
        kinds = Set.copyOf(Objects.requireNonNullElse(kinds, Set.of()));
        statuses = Set.copyOf(Objects.requireNonNullElse(statuses, Set.of()));
        sort = Objects.requireNonNullElse(sort, CaseSort.REFERENCE);
    }

    public CaseQuery withText(String newText) {
        return new CaseQuery(newText, tactics, residenceCountries, outcomes, campaigns, years, kinds, statuses,
                openedSince, dueBefore, sort, descending);
    }

    public CaseQuery withSort(CaseSort newSort, boolean newDescending) {
        return new CaseQuery(text, tactics, residenceCountries, outcomes, campaigns, years, kinds, statuses,
                openedSince, dueBefore, newSort, newDescending);
    }

    /** The same query with these casework filters. */
    public CaseQuery withCasework(Set<CaseStatus> newStatuses, LocalDate newOpenedSince, LocalDate newDueBefore) {
        return new CaseQuery(text, tactics, residenceCountries, outcomes, campaigns, years, kinds, newStatuses,
                newOpenedSince, newDueBefore, sort, descending);
    }

    /** The columns the case table can be sorted by. */
    public enum CaseSort {
        REFERENCE, NAME, NATIVE_NAME, RESIDENCE, ACCUSATION, CAMPAIGN, OUTCOME, RISK, KIND, STATUS, LAST_CHANGED
    }
}

package org.returnwatch.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.CaseSearch;
import org.returnwatch.store.HistoryEntry;
import org.returnwatch.store.Store;

/**
 * What the Today screen shows: the follow-ups due, the cases changed lately (a change to an incident counts
 * for its case), the open cases by status, and the cases opened in the last 12 months by tactic and by
 * country of residence.
 */
public final class TodayOverview {
    /** How far back the history is read for recent changes. */
    private static final int ENTRIES_READ = 500;

    private final Store store;

    TodayOverview(Store store) {
        this.store = store;
    }

    /** A case and its latest change. */
    public record RecentCase(RecordItem item, Instant changedAt, String caseworker) {
    }

    /**
     * One number of the Today screen and what it counts, so that a link on it opens the case list
     * filtered to those very cases: the statuses, tactics and countries named (none: any) and the
     * cases opened on or after {@code openedSince} (null: whenever).
     */
    public record Count(String label, int count, Set<CaseStatus> statuses, List<Tactic> tactics,
                        Set<String> countries, LocalDate openedSince) {
    }

    public record Overview(List<FollowUps.Due> due, List<RecentCase> recent, List<Count> byStatus,
                           List<Count> byTactic, List<Count> byCountry) {
    }

    /** The first day of the last 12 months, {@code day} being today. */
    public static LocalDate yearBefore(LocalDate day) {
        return day.minusMonths(12).plusDays(1);
    }

    /**
     * @param day     today
     * @param days    how many days back a change counts as recent
     * @param atMost  how many recent cases at most
     */
    public Overview read(LocalDate day, int days, int atMost) {
        List<FollowUps.Due> due = new FollowUps(store).dueBy(day);
        Instant since = day.minusDays(days).atStartOfDay(ZoneId.systemDefault()).toInstant();
        List<RecentCase> recent = store.read(tx -> {
            Map<UUID, RecentCase> byCase = new LinkedHashMap<>();
            for (HistoryEntry e : store.history().latest(tx, ENTRIES_READ)) {
                if (e.at().isBefore(since) || byCase.size() >= atMost) {
                    break;
                }
                UUID caseId = e.kind() == RecordKind.CASE ? e.recordId()
                        : e.kind() == RecordKind.INCIDENT ? store.incidents().find(tx, e.recordId())
                        .map(Incident::caseId).orElse(null) : null;
                if (caseId == null || byCase.containsKey(caseId)) {
                    continue;
                }
                // a case deleted since is not offered
                store.cases().find(tx, caseId).ifPresent(c -> byCase.put(caseId,
                        new RecentCase(RecordItem.of(c), e.at(), e.caseworker())));
            }
            return new ArrayList<>(byCase.values());
        });
        LocalDate yearAgo = yearBefore(day);
        CaseSearch search = new CaseSearch(store.cases());
        List<Count> byStatus = new ArrayList<>();
        List<Count> byTactic = new ArrayList<>();
        List<Count> byCountry = new ArrayList<>();
        store.read(tx -> {
            Map<String, Integer> statuses = search.countByStatus(tx);
            for (CaseStatus s : List.of(CaseStatus.OPEN, CaseStatus.MONITORING)) {
                byStatus.add(new Count(s.label(), statuses.getOrDefault(s.name(), 0), Set.of(s), List.of(), Set.of(),
                        null));
            }
            Map<String, Integer> tactics = search.openedSinceByTactic(tx, yearAgo);
            for (Tactic t : store.tactics().all(tx)) {
                Integer n = tactics.get(t.code());
                if (n != null) {
                    byTactic.add(new Count(t.label(), n, Set.of(), List.of(t), Set.of(), yearAgo));
                }
            }
            search.openedSinceByCountry(tx, yearAgo).forEach((country, n) -> byCountry.add(new Count(country, n,
                    Set.of(), List.of(), Set.of(country), yearAgo)));
            return null;
        });
        byTactic.sort(java.util.Comparator.comparingInt(Count::count).reversed());
        byCountry.sort(java.util.Comparator.comparingInt(Count::count).reversed());
        return new Overview(due, recent, byStatus, byTactic, byCountry);
    }
}

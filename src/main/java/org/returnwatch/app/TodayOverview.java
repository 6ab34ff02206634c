package org.returnwatch.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.HistoryEntry;
import org.returnwatch.store.Store;

/**
 * What the Today screen shows: the follow-ups due, and the cases changed lately (a change to an incident counts
 * for its case).
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

    public record Overview(List<FollowUps.Due> due, List<RecentCase> recent) {
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
        return new Overview(due, recent);
    }
}

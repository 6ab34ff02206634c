package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;

/** Builds a request's "point id → its sources" map from the stored citations. */
public final class PointSources {

    private PointSources() {
    }

    /**
     * Each point gets the sources cited for it; a point with no citation of its own gets those cited
     * for its whole series, so that a series published in one document needs one citation.
     */
    public static Map<UUID, List<Source>> from(List<Series> series, Collection<Citation> citations,
            Collection<Source> sources) {
        Map<UUID, Source> byId = sources.stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        Map<UUID, Set<Source>> cited = new LinkedHashMap<>();
        for (Citation c : citations) {
            Source s = byId.get(c.sourceId());
            if (s != null && (c.recordKind() == RecordKind.DATA_POINT || c.recordKind() == RecordKind.SERIES)) {
                cited.computeIfAbsent(c.recordId(), k -> new LinkedHashSet<>()).add(s);
            }
        }
        Map<UUID, List<Source>> result = new LinkedHashMap<>();
        for (Series s : series) {
            for (DataPoint p : s.points()) {
                Set<Source> own = cited.getOrDefault(p.id(), Set.of());
                result.put(p.id(), new ArrayList<>(own.isEmpty() ? cited.getOrDefault(s.id(), Set.of()) : own));
            }
        }
        return result;
    }
}

package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Series;

/**
 * Two published figures that cannot both hold (2,472 + 2,894 against 6,597): a chart that draws
 * either says so in its notes, whether or not it draws the other.
 *
 * @param note why they conflict, as the link between them says
 */
public record FigureConflict(Series series, DataPoint point, Series otherSeries, DataPoint other, String note) {

    public FigureConflict {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(otherSeries, lang("other series"));
        Objects.requireNonNull(other, lang("other point"));
    }

    /**
     * The conflicts among {@code links} that touch a point of the {@code drawn} series, each once, with
     * the drawn point first; a point that cannot be found (deleted meanwhile) drops the conflict.
     */
    public static List<FigureConflict> among(List<Series> drawn, Collection<Link> links,
            Function<UUID, Optional<DataPoint>> points, Function<UUID, Optional<Series>> series) {
        List<FigureConflict> result = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Set<UUID> drawnPoints = new HashSet<>();
        drawn.forEach(s -> s.points().forEach(p -> drawnPoints.add(p.id())));
        for (Link l : links) {
            if (l.relation() != LinkRelation.CONFLICTS_WITH || l.fromKind() != RecordKind.DATA_POINT
                    || l.toKind() != RecordKind.DATA_POINT || !seen.add(l.id())) {
                continue;
            }
            boolean fromDrawn = drawnPoints.contains(l.fromId());
            if (!fromDrawn && !drawnPoints.contains(l.toId())) {
                continue;
            }
            UUID first = fromDrawn ? l.fromId() : l.toId();
            UUID second = fromDrawn ? l.toId() : l.fromId();
            Optional<DataPoint> a = points.apply(first);
            Optional<DataPoint> b = points.apply(second);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            Optional<Series> sa = series.apply(a.get().seriesId());
            Optional<Series> sb = series.apply(b.get().seriesId());
            if (sa.isPresent() && sb.isPresent()) {
                result.add(new FigureConflict(sa.get(), a.get(), sb.get(), b.get(), l.note()));
            }
        }
        return result;
    }
}

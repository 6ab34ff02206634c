package org.returnwatch.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.Tactic;

/**
 * The records an export writes, read in one transaction: everything, or what a search selected
 * with what it needs. JSON and CSV are written from it, and a pseudonymised copy is made of it.
 * Series carry their points.
 */
public record Dataset(List<Tactic> tactics, List<Source> sources, List<Actor> actors, List<Case> cases,
                      List<Incident> incidents, List<Agreement> agreements, List<Series> series,
                      List<Citation> citations, List<Link> links) {

    /** Every record in writing order (a series before its points are written inside it). */
    public List<List<? extends DomainRecord>> kinds() {
        return List.of(sources, actors, cases, incidents, agreements, series, citations, links);
    }

    /** The reference code of every record it holds, points included, for writing cross-references. */
    public Map<UUID, Reference> refs() {
        Map<UUID, Reference> refs = new HashMap<>();
        for (List<? extends DomainRecord> list : kinds()) {
            list.forEach(r -> refs.put(r.id(), r.ref()));
        }
        series.forEach(s -> s.points().forEach(p -> refs.put(p.id(), p.ref())));
        return refs;
    }

    /** How many records it holds, points included. */
    public long size() {
        long n = 0;
        for (List<? extends DomainRecord> list : kinds()) {
            n += list.size();
        }
        for (Series s : series) {
            n += s.points().size();
        }
        return n;
    }
}

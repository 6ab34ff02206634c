package org.returnwatch.exchange;

import java.util.List;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.Tactic;

/** Every record of an input, checked and ready to be written in one transaction, in dependency order. */
public record ImportBatch(List<Tactic> tactics, List<Source> sources, List<Actor> actors, List<Case> cases,
        List<Incident> incidents,
                          List<Agreement> agreements, List<Series> series, List<DataPoint> points,
                          List<Citation> citations, List<Link> links) {

    public int size() {
        return sources.size() + actors.size() + cases.size() + incidents.size() + agreements.size() + series.size()
                + points.size() + citations.size() + links.size();
    }

    /** "12 cases, 30 incidents, …" for reports of what was (or would be) imported. */
    public String describe() {
        return String.format("%d sources, %d actors, %d cases, %d incidents, %d agreements, %d series, "
                        + "%d data points, %d citations, %d links", sources.size(), actors.size(), cases.size(),
                incidents.size(), agreements.size(), series.size(), points.size(), citations.size(), links.size());
    }
}

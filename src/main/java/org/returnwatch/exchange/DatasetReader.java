package org.returnwatch.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Series;
import org.returnwatch.store.CaseSearch;
import org.returnwatch.store.Store;
import org.returnwatch.work.ProgressListener;

/**
 * Reads the records an export takes, in one transaction so they are consistent with each other.
 * A selection is completed so that the export can be imported on its own into an empty database:
 * a case brings its incidents (its whole story), an incident its case and perpetrator, a selected
 * link or citation the records it ties, and every record its citations with their sources. Unless
 * the selection asks for only its own records, every record linked to a chosen one comes too (one
 * step: an agreement a case is linked to, not the other cases of that agreement). Every link whose
 * two ends are in is kept.
 */
public final class DatasetReader {
    private final Store store;

    public DatasetReader(Store store) {
        this.store = store;
    }

    public Dataset read(Selection selection, ProgressListener listener) {
        return store.read(tx -> {
            Dataset all = new Dataset(store.tactics().all(tx), store.sources().all(tx), store.actors().all(tx),
                    store.cases().all(tx), store.incidents().all(tx), store.agreements().all(tx),
                    store.series().all(tx), store.citations().all(tx), store.links().all(tx));
            listener.checkCancelled();
            if (selection.isAll()) {
                return all;
            }
            Set<UUID> chosen = new HashSet<>();
            if (selection.cases() != null) {
                new CaseSearch(store.cases()).page(tx, selection.cases(), 0, Integer.MAX_VALUE)
                        .forEach(c -> chosen.add(c.id()));
                return keep(all, complete(all, chosen, selection.withLinked()));
            }
            for (RecordKind kind : selection.searchedKinds()) {
                listener.checkCancelled();
                store.repository(kind).search(tx, selection.query(), 0, Integer.MAX_VALUE)
                        .forEach(r -> chosen.add(r.id()));
            }
            return keep(all, complete(all, chosen, selection.withLinked()));
        });
    }

    private static Set<UUID> complete(Dataset d, Set<UUID> chosen, boolean withLinked) {
        Set<UUID> in = new HashSet<>(chosen);
        for (Link l : d.links()) {
            if (chosen.contains(l.id())) {
                in.add(l.fromId());
                in.add(l.toId());
            }
        }
        for (Citation c : d.citations()) {
            if (chosen.contains(c.id())) {
                in.add(c.recordId());
                in.add(c.sourceId());
            }
        }
        if (withLinked) {
            // one step from the chosen records and their parts (a case's incidents), not from what they need:
            // the agency that carried out an incident is linked to many other cases
            addParts(d, in);
            Set<UUID> linked = new HashSet<>();
            for (Link l : d.links()) {
                if (in.contains(l.fromId())) {
                    linked.add(l.toId());
                }
                if (in.contains(l.toId())) {
                    linked.add(l.fromId());
                }
            }
            in.addAll(linked);
        }
        addParts(d, in);
        addNeeds(d, in);
        // Citations can bring sources, links between them, and citations of those links: until nothing changes.
        for (int before = -1; before != in.size(); ) {
            before = in.size();
            for (Link l : d.links()) {
                if (in.contains(l.fromId()) && in.contains(l.toId())) {
                    in.add(l.id());
                }
            }
            for (Citation c : d.citations()) {
                if (in.contains(c.recordId())) {
                    in.add(c.id());
                    in.add(c.sourceId());
                }
            }
        }
        return in;
    }

    /** A case's incidents, a point's series, a series' points. */
    private static void addParts(Dataset d, Set<UUID> in) {
        for (Series s : d.series()) {
            if (in.contains(s.id()) || s.points().stream().anyMatch(p -> in.contains(p.id()))) {
                in.add(s.id());
                s.points().forEach(p -> in.add(p.id()));
            }
        }
        for (Incident i : d.incidents()) {
            if (in.contains(i.caseId())) {
                in.add(i.id());
            }
        }
    }

    /** An incident's case and perpetrators (not the case's other incidents). */
    private static void addNeeds(Dataset d, Set<UUID> in) {
        for (Incident i : d.incidents()) {
            if (in.contains(i.id())) {
                in.add(i.caseId());
                in.addAll(i.perpetratorIds());
            }
        }
    }

    private static Dataset keep(Dataset d, Set<UUID> in) {
        return new Dataset(d.tactics(), only(d.sources(), in), only(d.actors(), in), only(d.cases(), in),
                only(d.incidents(), in), only(d.agreements(), in), only(d.series(), in), only(d.citations(), in),
                only(d.links(), in));
    }

    private static <T extends DomainRecord> List<T> only(List<T> records, Set<UUID> in) {
        Predicate<T> kept = r -> in.contains(r.id());
        return records.stream().filter(kept).toList();
    }
}

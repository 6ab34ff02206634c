package org.returnwatch.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.Merges;
import org.returnwatch.store.Store;
import org.returnwatch.work.ProgressListener;

/**
 * The one way every input (JSON, our CSV, someone else's CSV through a mapping) reaches the
 * database: all of it is checked against the database first, every problem is collected, and only
 * an input with none is written, in one transaction.
 */
final class Importer {
    /** An input read into the records of the JSON document, with what its reader already found wrong. */
    record Parsed(String name, Map<String, List<InputRecord>> doc, Problems problems) {
    }

    private Importer() {
    }

    /** The file's own name for the history (not the folders it sat in), or the input's name ("seed dataset"). */
    private static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    /**
     * A case or actor of the document that was since merged into another is not written again (it
     * would come back beside the record it went into); what the document hangs on it already goes to
     * the kept record.
     */
    private static ImportBatch withoutMergedAway(Map<UUID, UUID> mergedAway, ImportBatch b) {
        List<Case> cases = b.cases().stream().filter(c -> !mergedAway.containsKey(c.id())).toList();
        List<Actor> actors = b.actors().stream().filter(a -> !mergedAway.containsKey(a.id())).toList();
        if (cases.size() == b.cases().size() && actors.size() == b.actors().size()) {
            return b;
        }
        return new ImportBatch(b.tactics(), b.sources(), actors, cases, b.incidents(), b.agreements(), b.series(),
                b.points(), b.citations(), b.links());
    }

    /** Checks, and writes unless {@code write} is false; on any problem or cancel nothing is written. */
    static ImportBatch run(Store store, Parsed input, boolean write, ProgressListener listener) {
        long records = RecordReader.count(input.doc());
        ProgressCounter ticker = new ProgressCounter(listener, write ? 2 * records : records);
        ImportBatch batch = store.read(tx -> {
            Set<String> tactics = new HashSet<>();
            for (Tactic t : store.tactics().all(tx)) {
                tactics.add(t.code());
            }
            // merges are few: read once, not asked about for every record and reference
            Map<UUID, UUID> mergedAway = new HashMap<>();
            Map<Reference, UUID> retired = new HashMap<>();
            for (Merges.Merged m : store.merges().all(tx)) {
                mergedAway.put(m.oldId(), m.keptId());
                retired.put(m.oldRef(), m.keptId());
            }
            RefResolver refs = new RefResolver(ref -> store.findByRef(tx, ref).map(DomainRecord::id)
                    .or(() -> Optional.ofNullable(retired.get(ref))),
                    id -> Optional.ofNullable(mergedAway.get(id)));
            ImportBatch read = new RecordReader(input.name(), refs, tactics, input.problems(), ticker)
                    .read(input.doc());
            return withoutMergedAway(mergedAway, read);
        });
        input.problems().throwIfAny();
        if (write) {
            new BatchWriter(store).write(batch, ticker, "import of " + shortName(input.name()));
        }
        return batch;
    }
}

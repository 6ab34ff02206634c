package org.returnwatch.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.Merges;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;
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
    private static ImportBatch withoutMergedAway(Store store, Transaction tx, ImportBatch b) {
        List<Case> cases = b.cases().stream().filter(c -> store.merges().ofRecord(tx, c.id()).isEmpty()).toList();
        List<Actor> actors = b.actors().stream().filter(a -> store.merges().ofRecord(tx, a.id()).isEmpty()).toList();
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
            RefResolver refs = new RefResolver(ref -> store.findByRef(tx, ref).map(DomainRecord::id)
                    .or(() -> store.merges().ofReference(tx, ref).map(Merges.Merged::keptId)),
                    id -> store.merges().ofRecord(tx, id).map(Merges.Merged::keptId));
            ImportBatch read = new RecordReader(input.name(), refs, tactics, input.problems(), ticker).read(input.doc());
            return withoutMergedAway(store, tx, read);
        });
        input.problems().throwIfAny();
        if (write) {
            new BatchWriter(store).write(batch, ticker, "import of " + shortName(input.name()));
        }
        return batch;
    }
}

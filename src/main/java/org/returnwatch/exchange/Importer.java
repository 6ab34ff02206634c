package org.returnwatch.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.Store;
import org.returnwatch.work.ProgressListener;

/**
 * The one way every input (JSON, our CSV, someone else's CSV through a mapping) reaches the
 * database: all of it is checked against the database first, every problem is collected, and only
 * an input with none is written, in one transaction.
 */
final class Importer {
    /** An input read into the records of the JSON document, with what its reader already found wrong. */
    record Parsed(String name, Map<String, List<Located>> doc, Problems problems) {
    }

    private Importer() {
    }

    /** The file's own name for the history (not the folders it sat in), or the input's name ("seed dataset"). */
    private static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    /** Checks, and writes unless {@code write} is false; on any problem or cancel nothing is written. */
    static ImportBatch run(Store store, Parsed input, boolean write, ProgressListener listener) {
        long records = RecordReader.count(input.doc());
        Ticker ticker = new Ticker(listener, write ? 2 * records : records);
        ImportBatch batch = store.read(tx -> {
            Set<String> tactics = new HashSet<>();
            for (Tactic t : store.tactics().all(tx)) {
                tactics.add(t.code());
            }
            RefResolver refs = new RefResolver(ref -> store.findByRef(tx, ref).map(DomainRecord::id));
            return new RecordReader(input.name(), refs, tactics, input.problems(), ticker).read(input.doc());
        });
        input.problems().throwIfAny();
        if (write) {
            new BatchWriter(store).write(batch, ticker, "import of " + shortName(input.name()));
        }
        return batch;
    }
}

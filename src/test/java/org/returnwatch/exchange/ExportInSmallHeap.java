package org.returnwatch.exchange;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * Exports a whole synthetic database as JSON in whatever heap the JVM was given (scripts/export-streamed.sh
 * runs it with -Xmx512m) and prints the time, the file's size and the most heap any pool held. The
 * database is made first (bulk import, a document of 2,000 cases at a time) when the folder has none.
 * Run on purpose, never in {@code mvn verify}.
 *
 *   ExportInSmallHeap DATABASE_FOLDER CASES OUT_FILE
 */
public final class ExportInSmallHeap {
    private ExportInSmallHeap() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int cases = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        if (!Files.exists(TestDatabases.file(dir).dataFile())) {
            long t = System.nanoTime();
            SyntheticDataset.database(dir, cases, 2_000).close();
            System.out.printf(Locale.ROOT, "made %,d cases in %.0f s%n", cases, (System.nanoTime() - t) / 1e9);
        }
        try (Store store = TestDatabases.open(dir)) {
            long t = System.nanoTime();
            long records = new JsonExchange().exportTo(store, out);
            double seconds = (System.nanoTime() - t) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            int stored = store.read(tx -> store.cases().count(tx, null));
            System.out.printf(Locale.ROOT, "exported %,d records (%,d cases) in %.1f s: %,d MB of JSON; heap limit "
                    + "%d MB, peak heap used (sum of the pools' peaks) %d MB%n", records, stored, seconds,
                    Files.size(out) >> 20, Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        }
    }
}

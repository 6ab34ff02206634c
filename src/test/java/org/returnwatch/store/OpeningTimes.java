package org.returnwatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.SyntheticDataset;

/**
 * Where the time of opening a database goes, step by step, after the key derivation. Run on purpose
 * (docs/benchmarks.md, "Opening a database"), never by {@code mvn verify}:
 * {@code OpeningTimes CASES ROUNDS FOLDER} — a database of CASES synthetic cases is made in FOLDER
 * once, then opened ROUNDS times in this JVM (the first open pays the class loading, as a start does).
 */
public final class OpeningTimes {
    private OpeningTimes() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        DatabaseFile file = TestDatabases.file(dir);
        if (!Files.exists(file.dataFile())) {
            Store store = TestDatabases.createFresh(dir);
            Path doc = dir.resolve("doc.json");
            SyntheticDataset.write(doc, 1, cases);
            new JsonExchange().importFile(store, doc);
            Files.delete(doc);
            store.close();
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            try (DerivedKeys keys = Opening.unlock(file, TestDatabases.passphrase())) {
                long t1 = System.nanoTime();
                // H2Pool.openChecked's steps, one by one
                H2Pool.Opened probe = H2Pool.open(file, keys, H2Pool.Mode.READ_ONLY);
                long p1 = System.nanoTime();
                Migrations.checkNotNewer(probe.pool(), file);
                long p2 = System.nanoTime();
                probe.dispose();
                long p3 = System.nanoTime();
                H2Pool.Opened opened = H2Pool.open(file, keys, H2Pool.Mode.READ_WRITE);
                long t2 = System.nanoTime();
                System.out.printf("  probe open %4.0f  schema check %4.0f  probe closed %4.0f  open %4.0f%n",
                        ms(p1 - t1), ms(p2 - p1), ms(p3 - p2), ms(t2 - p3));
                Migrations.migrate(opened.pool(), file);
                long t3 = System.nanoTime();
                Database db = new Database(file, opened, keys.keyFileKey(), KeyFile.read(file.keyFile()), false);
                HistoryStart.start(db, false);
                long t4 = System.nanoTime();
                Leftovers.clean(db);
                db.write(tx -> db.repositories().attachments.purgeDeleted(tx, null));
                long t5 = System.nanoTime();
                db.close();
                long t6 = System.nanoTime();
                System.out.printf("round %d: derive %4.0f  H2 probe+open %5.0f  migrate %5.0f  history %5.0f  "
                        + "leftovers %4.0f  | open %5.0f ms  close %4.0f ms%n", r + 1, ms(t1 - t0), ms(t2 - t1),
                        ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t5 - t1), ms(t6 - t5));
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

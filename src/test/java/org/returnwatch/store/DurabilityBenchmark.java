package org.returnwatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.SyntheticCases;
import org.returnwatch.work.PrivateFiles;

/**
 * What making every save durable costs. A benchmark, run on purpose (docs/benchmarks.md), never as
 * a test: {@code java -cp … org.returnwatch.store.DurabilityBenchmark [SAVES] [CASES]}.
 *
 * <ol>
 * <li>the sync alone: single-row commits on an encrypted H2 file, with and without CHECKPOINT SYNC;</li>
 * <li>the key file rewritten durably (temporary file synced, renamed, folder synced);</li>
 * <li>a save as ReturnWatch makes it: a case with its history entry, the sync, the key file;</li>
 * <li>a bulk import of CASES cases with two incidents each: one transaction, one sync.</li>
 * </ol>
 */
public final class DurabilityBenchmark {
    private DurabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path work = Files.createTempDirectory("durability");

        syncAlone(work.resolve("plain"), saves);

        Path key = work.resolve("k.rwkey");
        byte[] content = new byte[500];
        long t = System.nanoTime();
        for (int i = 0; i < saves; i++) {
            PrivateFiles.writeDurably(key, content);
        }
        report("key file written durably", t, saves);

        Path saveDir = Files.createDirectories(work.resolve("saves"));
        try (Store store = TestDatabases.create(saveDir)) {
            for (int i = 0; i < 20; i++) {
                store.write(tx -> store.cases().insert(tx, Records.caseNamed("Warm-up")));
            }
            t = System.nanoTime();
            for (int i = 0; i < saves; i++) {
                store.write(tx -> store.cases().insert(tx, Records.caseNamed("Saved Person")));
            }
            report("save of one case (history, sync, key file)", t, saves);
        }

        Path importDir = Files.createDirectories(work.resolve("import"));
        Path doc = SyntheticCases.write(work.resolve("cases.json"), cases);
        try (Store store = TestDatabases.create(importDir)) {
            t = System.nanoTime();
            new JsonExchange().importFile(store, doc);
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "import of %,d cases and %,d incidents in one transaction: %.1f s%n",
                    cases, 2 * cases, s);
        }
    }

    private static void syncAlone(Path base, int saves) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base + ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
        ds.setUser("B");
        ds.setPassword("file-password user-password");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(200))");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                int id = 0;
                for (boolean sync : new boolean[] {false, true, false, true}) {
                    long t = System.nanoTime();
                    for (int i = 0; i < saves; i++) {
                        ps.setInt(1, ++id);
                        ps.setString(2, "row " + id);
                        ps.executeUpdate();
                        c.commit();
                        if (sync) {
                            st.execute("CHECKPOINT SYNC");
                        }
                    }
                    report(sync ? "one-row commit + CHECKPOINT SYNC" : "one-row commit, no sync", t, saves);
                }
            }
            st.execute("SHUTDOWN");
        }
    }

    private static void report(String what, long start, int n) {
        System.out.printf(Locale.ROOT, "%s: %.2f ms each (%d)%n", what, (System.nanoTime() - start) / 1e6 / n, n);
    }
}

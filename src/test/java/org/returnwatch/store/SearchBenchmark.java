package org.returnwatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.returnwatch.domain.Case;

/**
 * How fast the search box answers over many cases. A benchmark, run on purpose (docs/benchmarks.md):
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.returnwatch.store.SearchBenchmark 100000}
 */
public final class SearchBenchmark {
    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("rw-bench");
        try (Store store = TestDatabases.create(dir)) {
            run(store, n);
        } finally {
            // the database of a large run takes gigabytes: leave nothing behind
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void run(Store store, int n) {
        long t0 = System.nanoTime();
        int batch = Integer.getInteger("batch", 5_000);
        for (int done = 0; done < n; done += batch) {
            int from = done;
            store.write(tx -> {
                for (int i = from; i < Math.min(n, from + batch); i++) {
                    Case c = Records.caseNamed("Person " + i + " " + UUID.randomUUID().toString().substring(0, 8));
                    store.cases().insert(tx, c);
                }
                return null;
            });
        }
        report("insert " + n + " cases", t0, 1);
        // the first five were measured before names across scripts; the others are spellings it added
        for (String q : List.of("person 4242", "vancouver", "谢卫东", "nobody-matches-this", "",
                "xie weidong", "Hsieh Wei-tung", "Tse Wai-tung", "謝衛東", "person 4242 xie")) {
            int runs = 5;
            long t = System.nanoTime();
            for (int r = 0; r < runs; r++) {
                store.read(tx -> store.cases().search(tx, q, 0, 50));
            }
            report("search \"" + q + "\": first page of 50", t, runs);
            t = System.nanoTime();
            int count = 0;
            for (int r = 0; r < runs; r++) {
                count = store.read(tx -> store.cases().count(tx, q));
            }
            report("search \"" + q + "\": count (" + count + ")", t, runs);
        }
    }

    private static void report(String what, long start, int runs) {
        System.out.printf(Locale.ROOT, "%-60s %8.0f ms%n", what, (System.nanoTime() - start) / 1e6 / runs);
    }
}

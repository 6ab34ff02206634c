package org.returnwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.SyntheticDataset;

/**
 * Importing a document of {@code cases} synthetic cases (two incidents each) into a new encrypted
 * database, against writing the very rows that import adds (records, children, search words,
 * history) with plain JDBC batch inserts into an equally new, equally encrypted database, in one
 * transaction ending with the same sync. Each measurement starts from a new database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// one transaction of 10,000 cases or more takes far longer than JMH's default limit of 10 minutes
@Timeout(time = 2, timeUnit = TimeUnit.HOURS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ImportBenchmark {
    @Param("10000")
    public int cases;

    private Path work;
    private Path doc;
    private ImportedRows rows;
    private Store store;
    private Path dbDir;
    private int runs;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        work = Files.createTempDirectory("rw-import-bench");
        doc = SyntheticDataset.write(work.resolve("synthetic.json"), 1, cases);
        try (Store template = TestDatabases.create(Files.createDirectories(work.resolve("template")))) {
            Map<String, Long> before = ImportedRows.counts(template);
            long historyBefore = template.database().historyHead().seq();
            new JsonExchange().importFile(template, doc);
            rows = ImportedRows.since(template, before, historyBefore);
        }
        System.out.printf("%n%,d cases: the import adds %,d rows in all; document %,d bytes%n", cases, rows.size(),
                Files.size(doc));
    }

    @Setup(Level.Invocation)
    public void newDatabase() throws IOException {
        dbDir = Files.createDirectories(work.resolve("db" + runs++));
        store = TestDatabases.create(dbDir);
    }

    @Benchmark
    public void bulkImport() {
        new JsonExchange().importFile(store, doc);
    }

    @Benchmark
    public void plainJdbcInserts() {
        rows.insertInto(store);
    }

    @TearDown(Level.Invocation)
    public void closeDatabase() throws IOException {
        store.close();
        delete(dbDir);
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        delete(work);
    }

    public static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}

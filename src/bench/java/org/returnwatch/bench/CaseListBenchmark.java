package org.returnwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.MatchCount;
import org.returnwatch.exchange.SyntheticDataset;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * The case table's two reads, as the window makes them (the app layer's case listing): the first
 * page of 100 rows and the count, over a database of {@code cases} synthetic cases. The database is
 * made once (bulk import) and kept under target/bench-data (or {@code -Dbench.data=DIR}) for later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CaseListBenchmark {
    @Param("100000")
    public int cases;

    /**
     * rare: one case; common: every case; chinese: 谢 (one case in thirty); pinyin: xie; name: two common
     * words of a name (wang, xiaoming), in either order; filters: a word and three filters; all: no condition.
     */
    @Param({"rare", "common", "chinese", "pinyin", "name", "filters", "all"})
    public String query;

    private Workspace workspace;
    private List<CaseQuery> variants;
    private int turn;

    @Setup(Level.Trial)
    public void open() throws IOException {
        Path dir = readyDatabase(cases);
        Store store = TestDatabases.open(dir);
        workspace = Workspace.over(store);
        // Two equivalent forms of each query, taken in turn: H2 hands back a statement's last result
        // when it is asked the very same thing again, which the window's typing never does.
        variants = switch (query) {
            case "rare" -> List.of(text("ledger" + (cases / 2 + 1)), text("ledger" + (cases / 2 + 2)));
            case "common" -> List.of(text("vancouver"), text("vancouve"));
            case "chinese" -> List.of(text("谢"), text("謝"));
            case "pinyin" -> List.of(text("xie")); // no other form of it asks the database anything different
            case "name" -> List.of(text("wang xiaoming"), text("xiaoming wang"));
            case "filters" -> List.of(filters("toronto"), filters("toront"));
            case "all" -> List.of(CaseQuery.ALL, CaseQuery.ALL.withText(" "));
            default -> throw new IllegalArgumentException("no query named " + query);
        };
        for (CaseQuery v : variants) {
            System.out.printf("%n%s (%s): %,d cases match; shown at once: %s%n", query, v.text(),
                    workspace.caseList().count(v), workspace.caseList().quickCount(v));
        }
    }

    /**
     * The folder of the ready database of {@code cases} synthetic cases under target/bench-data (or
     * {@code -Dbench.data=DIR}), made first if it is not there: made in a folder of its own and moved
     * into place when whole, so that a run stopped half-way leaves no half-made database to reuse.
     */
    static Path readyDatabase(int cases) throws IOException {
        Path dir = Path.of(System.getProperty("bench.data", "target/bench-data")).resolve("cases-" + cases);
        if (!Files.exists(TestDatabases.file(dir).dataFile())) {
            Path building = dir.resolveSibling(dir.getFileName() + ".part");
            if (Files.exists(building)) {
                org.returnwatch.store.ImportBenchmark.delete(building);
            }
            long t = System.nanoTime();
            SyntheticDataset.database(building, cases, 2_000).close();
            System.out.printf("%nmade a database of %,d cases in %.0f s%n", cases, (System.nanoTime() - t) / 1e9);
            Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
        }
        return dir;
    }

    private static CaseQuery text(String t) {
        return CaseQuery.ALL.withText(t);
    }

    private static CaseQuery filters(String t) {
        return new CaseQuery(t, Set.of("DIGITAL_THREATS"), Set.of(), Set.of(), Set.of(Campaign.FOX_HUNT),
                Set.of(2018), Set.of(), CaseQuery.CaseSort.NAME, false);
    }

    private CaseQuery next() {
        turn = (turn + 1) % variants.size();
        return variants.get(turn);
    }

    @Benchmark
    public List<Case> firstPage() {
        return workspace.caseList().page(next(), 0, 100);
    }

    /** The exact count, made after the first page is on screen. */
    @Benchmark
    public int count() {
        return workspace.caseList().count(next());
    }

    /** What the window shows at once after the first page: exact where that is quick, else an estimate. */
    @Benchmark
    public MatchCount quickCount() {
        return workspace.caseList().quickCount(next());
    }

    @TearDown(Level.Trial)
    public void close() {
        workspace.close();
    }
}

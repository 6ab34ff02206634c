package org.returnwatch.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.store.TestDatabases;

/**
 * Browses a large synthetic database through the app layer, as the case table and the case form do, in
 * whatever heap the JVM was given (scripts/browse-large.sh runs it with -Xmx512m): the first, middle and
 * last page of 100 under every sort in both directions, a word with filters, and the case found last
 * opened. Prints each time and the most heap the pools held. Run on purpose, never in {@code mvn verify}.
 *
 *   BrowseInSmallHeap DATABASE_FOLDER [SORT,SORT…]   (every sort unless named: REFERENCE, NAME, …)
 */
public final class BrowseInSmallHeap {
    private static final int PAGE = 100;

    private BrowseInSmallHeap() {
    }

    public static void main(String[] args) {
        try (Workspace w = Workspace.over(TestDatabases.open(Path.of(args[0])))) {
            CaseListing list = w.caseList();
            int total = time("count of all cases", () -> list.count(CaseQuery.ALL));
            Case last = null;
            List<CaseQuery.CaseSort> sorts = args.length > 1
                    ? java.util.Arrays.stream(args[1].split(",")).map(CaseQuery.CaseSort::valueOf).toList()
                    : List.of(CaseQuery.CaseSort.values());
            for (CaseQuery.CaseSort sort : sorts) {
                for (boolean descending : new boolean[] {false, true}) {
                    CaseQuery q = CaseQuery.ALL.withSort(sort, descending);
                    String name = sort + (descending ? " descending" : "");
                    time(name + ", first page", () -> list.page(q, 0, PAGE));
                    time(name + ", middle page", () -> list.page(q, total / 2, PAGE));
                    List<Case> end = time(name + ", last page", () -> list.page(q, total - PAGE, PAGE));
                    if (end.size() != PAGE) {
                        throw new IllegalStateException(name + ": the last page holds " + end.size() + " cases");
                    }
                    last = end.get(PAGE - 1);
                }
            }
            CaseQuery filtered = new CaseQuery("toronto", Set.of("DIGITAL_THREATS"), Set.of(), Set.of(),
                    Set.of(Campaign.FOX_HUNT), Set.of(2018), Set.of(), CaseQuery.CaseSort.NAME, false);
            time("toronto + tactic + campaign + year, first page", () -> list.page(filtered, 0, PAGE));
            time("toronto + tactic + campaign + year, count shown at once", () -> list.quickCount(filtered));
            Case opened = last;
            time("open " + opened.ref(), () -> w.cases().open(opened.id()));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "heap limit %d MB, peak heap used (sum of the pools' peaks) %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }

    private static <T> T time(String what, Supplier<T> work) {
        long t = System.nanoTime();
        T result = work.get();
        System.out.printf(Locale.ROOT, "%-60s %9.1f ms%n", what, (System.nanoTime() - t) / 1e6);
        return result;
    }
}

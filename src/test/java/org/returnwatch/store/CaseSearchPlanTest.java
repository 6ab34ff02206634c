package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.MatchCount;

/**
 * The case table's reads as the search-as-you-type plans make them, over 300 synthetic cases on a
 * real encrypted database: a page read with its children read ahead is the same as each case read
 * alone, a word in characters counts the cases it finds, and a count shown at once is exact where
 * that is quick and otherwise an estimate marked as one.
 */
@ExtendWith(SyntheticCasesShared.class)
class CaseSearchPlanTest {
    private static final int CASES = SyntheticCasesShared.CASES;
    static Store store;

    @BeforeAll
    static void open(Store shared) {
        store = shared;
    }

    @Test
    void aPageReadAheadHoldsTheSameCasesAsReadOneByOne() {
        CaseSearch search = new CaseSearch(store.cases());
        List<Case> page = store.read(tx -> search.page(tx, CaseQuery.ALL.withText("vancouver"), 100, 100));
        assertThat(page).hasSize(100);
        assertThat(page).extracting(c -> c.ref().number()).isSorted().first().isEqualTo(101);
        for (Case c : page) {
            assertThat(c).isEqualTo(store.read(tx -> store.cases().find(tx, c.id())).orElseThrow());
        }
        assertThat(page).anyMatch(c -> !c.aliases().isEmpty());
        assertThat(page).anyMatch(c -> !c.outcomeHistory().isEmpty());
    }

    @Test
    void aWordInCharactersCountsTheCasesItFinds() {
        CaseSearch search = new CaseSearch(store.cases());
        CaseQuery q = CaseQuery.ALL.withText("谢");
        List<Case> all = store.read(tx -> search.page(tx, q, 0, CASES));
        assertThat(all).isNotEmpty().allMatch(c -> c.nativeName() != null && c.nativeName().contains("谢")
                || c.name().toLowerCase(java.util.Locale.ROOT).contains("xie"));
        int counted = store.read(tx -> search.count(tx, q));
        MatchCount quick = store.read(tx -> search.quickCount(tx, q));
        assertThat(counted).isEqualTo(all.size());
        assertThat(quick).isEqualTo(MatchCount.exactly(all.size()));
    }

    @Test
    void aCountShownAtOnceIsExactWhenQuickAndOtherwiseAnEstimate() {
        // a sample of 100 of the 300 cases stands in for 5,000 of a large table
        CaseSearch search = new CaseSearch(store.cases(), 100);
        assertThat(quick(search, CaseQuery.ALL)).isEqualTo(MatchCount.exactly(CASES));
        CaseQuery rare = CaseQuery.ALL.withText("ledger17");
        assertThat(quick(search, rare)).isEqualTo(MatchCount.exactly(store.read(tx -> search.count(tx, rare))));

        // every case has "vancouver", but 900 index entries are still few candidates to check one by one
        assertThat(quick(search, CaseQuery.ALL.withText("vancouver"))).isEqualTo(MatchCount.exactly(CASES));

        CaseQuery foxHunt = new CaseQuery(null, Set.of(), Set.of(), Set.of(), Set.of(Campaign.FOX_HUNT), Set.of(),
                Set.of(), CaseQuery.CaseSort.REFERENCE, false);
        int exact = store.read(tx -> search.count(tx, foxHunt));
        MatchCount estimate = quick(search, foxHunt);
        assertThat(estimate.exact()).isFalse();
        assertThat(estimate.value()).isBetween(exact / 2, exact * 2);

        // a table no larger than the sample is counted whole
        assertThat(quick(new CaseSearch(store.cases(), CASES), foxHunt)).isEqualTo(MatchCount.exactly(exact));
    }

    @ParameterizedTest
    @EnumSource(CaseQuery.CaseSort.class)
    void aPageInTheListsOrderIsReadInThatOrderFromAnIndex(CaseQuery.CaseSort sort) {
        assertReadFromAnIndexInOrder(sort, false);
    }

    /** Descending too, empty values still last: the ascending index read backwards would give them first. */
    @ParameterizedTest
    @EnumSource(CaseQuery.CaseSort.class)
    void aPageInReverseOrderIsReadFromAnIndexToo(CaseQuery.CaseSort sort) {
        assertReadFromAnIndexInOrder(sort, true);
    }

    private static void assertReadFromAnIndexInOrder(CaseQuery.CaseSort sort, boolean descending) {
        CaseSearch search = new CaseSearch(store.cases());
        CaseQuery q = new CaseQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), sort, descending);
        String plan = plan(search, q, 100).get(1);
        // wholly: "index sorted: 1 of 2 columns" would read every case of the first value to sort them
        assertThat(plan).as(plan).containsIgnoringCase("index sorted").doesNotContain(" of 2 columns");

        // the order is the one a reader expects: case ignored, empty last, the reference breaking ties
        List<Case> all = store.read(tx -> search.page(tx, q, 0, CASES));
        java.util.Map<java.util.UUID, java.time.Instant> changed = store.read(tx -> search.lastChanged(tx,
                all.stream().map(Case::id).toList()));
        java.util.function.Function<Case, String> text = switch (sort) {
            case REFERENCE -> c -> "";
            case NAME -> Case::name;
            case NATIVE_NAME -> Case::nativeName;
            case RESIDENCE -> Case::residenceCountry;
            case ACCUSATION -> Case::accusation;
            case CAMPAIGN -> c -> c.campaign().name();
            case OUTCOME -> c -> c.outcome().name();
            case RISK -> c -> c.riskLevel().name();
            case KIND -> c -> c.caseKind().name();
            case STATUS -> c -> c.status().name();
            case LAST_CHANGED -> c -> String.format("%020d", changed.get(c.id()).getEpochSecond() * 1_000_000_000L
                    + changed.get(c.id()).getNano());
        };
        java.util.Comparator<String> values = descending ? java.util.Comparator.reverseOrder()
                : java.util.Comparator.naturalOrder();
        java.util.Comparator<Case> byNumber = java.util.Comparator.comparing(c -> c.ref().number());
        java.util.Comparator<Case> expected = java.util.Comparator.comparing(
                (Case c) -> text.apply(c) == null ? null : text.apply(c).toLowerCase(java.util.Locale.ROOT),
                java.util.Comparator.nullsLast(values))
                .thenComparing(descending ? byNumber.reversed() : byNumber);
        assertThat(all).hasSize(CASES).isSortedAccordingTo(expected);
    }

    /**
     * Filters H2 would start from (a campaign), with matches common enough: the page walks the sort's
     * index and stops when full, and holds what the whole sorted list begins with; a rare word's
     * candidates are left to H2's plan.
     */
    @Test
    void aFilteredPageWhoseMatchesAreCommonWalksTheSortsIndex() {
        CaseSearch search = new CaseSearch(store.cases(), 100);
        CaseQuery foxHunt = new CaseQuery(null, Set.of(), Set.of(), Set.of(), Set.of(Campaign.FOX_HUNT),
                Set.of(), Set.of(), CaseQuery.CaseSort.NAME, false);
        List<String> walked = plan(search, foxHunt, 20);
        assertThat(walked.get(0)).contains("USE INDEX (case_name_key_idx)");
        assertThat(walked.get(1)).as(walked.get(1)).containsIgnoringCase("index sorted");
        List<Case> whole = store.read(tx -> new CaseSearch(store.cases()).page(tx, foxHunt, 0, CASES));
        assertThat(whole).hasSizeGreaterThan(40);
        List<Case> first = store.read(tx -> search.page(tx, foxHunt, 0, 20));
        List<Case> second = store.read(tx -> search.page(tx, foxHunt, 20, 20));
        assertThat(first).isEqualTo(whole.subList(0, 20));
        assertThat(second).isEqualTo(whole.subList(20, 40));

        CaseQuery byReference = new CaseQuery(null, Set.of(), Set.of(), Set.of(), Set.of(Campaign.FOX_HUNT),
                Set.of(), Set.of(), CaseQuery.CaseSort.REFERENCE, false);
        assertThat(plan(search, byReference, 20).get(0)).contains("USE INDEX (\"");
        List<Case> byNumber = store.read(tx -> search.page(tx, byReference, 0, 20));
        assertThat(byNumber).extracting(c -> c.ref().number()).isSorted().hasSize(20);

        CaseQuery rare = new CaseQuery("ledger17", Set.of(), Set.of(), Set.of(), Set.of(Campaign.FOX_HUNT),
                Set.of(), Set.of(), CaseQuery.CaseSort.NAME, false);
        assertThat(plan(search, rare, 20).get(0)).doesNotContain("USE INDEX");
        CaseQuery backwards = new CaseQuery(null, Set.of(), Set.of(), Set.of(), Set.of(Campaign.FOX_HUNT),
                Set.of(), Set.of(), CaseQuery.CaseSort.NAME, true);
        assertThat(plan(search, backwards, 20).get(0)).as("a descending order is not in the index's direction")
                .doesNotContain("USE INDEX");
    }

    /**
     * The sample behind an estimate (and behind the choice to walk the sort's index) reads the cases of the
     * lowest ids along the ids' index. H2 would start from the campaign's index and test every case of
     * the campaign: a quarter of the table, where the sample is a fixed number of cases at any size.
     */
    @Test
    void aSampleReadsAlongTheIdsIndexNotAFiltersIndex() {
        CaseSearch search = new CaseSearch(store.cases(), 100);
        CaseQuery foxHunt = new CaseQuery(null, Set.of("DIGITAL_THREATS"), Set.of(), Set.of(),
                Set.of(Campaign.FOX_HUNT), Set.of(), Set.of(), CaseQuery.CaseSort.NAME, false);
        String plan = store.read(tx -> {
            List<Object> params = new java.util.ArrayList<>();
            String sql = search.sampleSql(tx, foxHunt, params);
            params.add(0, CaseSearch.idBelow(0.5));
            return explain(tx, sql, params);
        });
        assertThat(plan).as(plan).contains("PRIMARY_KEY").contains("ID < ?1").doesNotContain("CASE_CAMPAIGN_IDX");
    }

    private static String explain(Transaction tx, String sql, List<Object> params) throws java.sql.SQLException {
        // EXPLAIN writes nothing, but the read transaction lets only SELECT through its own statements
        try (var st = tx.connection().prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The page's SQL and H2's plan for it. */
    private static List<String> plan(CaseSearch search, CaseQuery q, int rows) {
        return store.read(tx -> {
            List<Object> params = new java.util.ArrayList<>();
            String sql = search.pageSql(tx, q, params, rows);
            params.add(rows);
            params.add(0);
            return List.of(sql, explain(tx, sql, params));
        });
    }

    @Test
    void idsBelowAShareOfTheRangeAreThatShareOfRandomIds() {
        assertThat(CaseSearch.idBelow(0.5)).hasToString("80000000-0000-0000-0000-000000000000");
        assertThat(CaseSearch.idBelow(0.25)).hasToString("40000000-0000-0000-0000-000000000000");
        int below = store.read(tx -> Sql.query(tx, "SELECT COUNT(*) FROM case_record WHERE id < ?",
                List.of(CaseSearch.idBelow(0.5)), rs -> rs.getInt(1)).get(0));
        assertThat(below).isBetween(CASES * 4 / 10, CASES * 6 / 10);
    }

    private static MatchCount quick(CaseSearch search, CaseQuery q) {
        return store.read(tx -> search.quickCount(tx, q));
    }
}

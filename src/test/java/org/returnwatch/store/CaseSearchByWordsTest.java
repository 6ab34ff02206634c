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
import org.roaringbitmap.RoaringBitmap;

/**
 * A query of several common words (a name: "wang wei") is answered from its words' sets of cases,
 * intersected in memory. Over 300 synthetic cases no word is common, so the search here takes every word
 * as common; its pages and counts must be those of the ordinary search, which checks each rare word's
 * few candidates.
 */
@ExtendWith(SyntheticCasesShared.class)
class CaseSearchByWordsTest {
    private static final int CASES = SyntheticCasesShared.CASES;
    private static final List<String> QUERIES = List.of("wang wei", "wei wang", "li fang toronto", "王伟", "張",
            "chen passport");
    static Store store;

    @BeforeAll
    static void open(Store shared) {
        store = shared;
    }

    /** The search under test: a sample of 100 and no word rare. */
    private static CaseSearch byWords() {
        return new CaseSearch(store.cases(), 100, 1);
    }

    @ParameterizedTest
    @EnumSource(CaseQuery.CaseSort.class)
    void pagesOfSeveralWordsAreThoseOfTheOrdinarySearchInEveryOrder(CaseQuery.CaseSort sort) {
        for (String text : QUERIES) {
            for (boolean descending : new boolean[] {false, true}) {
                CaseQuery q = CaseQuery.ALL.withText(text).withSort(sort, descending);
                List<Case> expected = page(new CaseSearch(store.cases()), q, 0, CASES);
                assertThat(matches(q)).as(text).isNotNull();
                assertThat(page(byWords(), q, 0, CASES)).as(text).isEqualTo(expected);
                if (expected.size() > 4) {
                    assertThat(page(byWords(), q, 2, 2)).isEqualTo(expected.subList(2, 4));
                }
            }
        }
    }

    @Test
    void theWordsFindTheCasesThatHaveThemAll() {
        CaseQuery q = CaseQuery.ALL.withText("wang wei");
        List<Case> found = page(byWords(), q, 0, CASES);
        assertThat(found).hasSizeGreaterThan(1).allSatisfy(c -> assertThat(words(c)).contains("wang", "wei"));
        List<Case> wang = page(byWords(), CaseQuery.ALL.withText("wang"), 0, CASES);
        assertThat(wang).hasSizeGreaterThan(found.size());
    }

    @Test
    void countsOfSeveralWordsAreExactAndThoseOfTheOrdinarySearch() {
        for (String text : QUERIES) {
            CaseQuery q = CaseQuery.ALL.withText(text);
            int expected = count(new CaseSearch(store.cases()), q);
            assertThat(count(byWords(), q)).as(text).isEqualTo(expected);
            assertThat(quick(byWords(), q)).as(text).isEqualTo(MatchCount.exactly(expected));
        }
    }

    @Test
    void filtersApplyToTheCasesTheWordsFind() {
        CaseQuery q = new CaseQuery("wang vancouver", Set.of(), Set.of(), Set.of(), Set.of(Campaign.FOX_HUNT), Set.of(),
                Set.of(), CaseQuery.CaseSort.NAME, false);
        List<Case> expected = page(new CaseSearch(store.cases()), q, 0, CASES);
        assertThat(expected).isNotEmpty().allMatch(c -> c.campaign() == Campaign.FOX_HUNT);
        assertThat(page(byWords(), q, 0, CASES)).isEqualTo(expected);
        assertThat(count(byWords(), q)).isEqualTo(expected.size());
    }

    @Test
    void wordsOfTooManySetsLeaveTheSearchToTheOrdinaryWay() {
        List<SearchText.Term> terms = SearchText.terms("vancouver wang");
        // at least one row of sets for each word here
        assertThat(intersection(terms, 1)).isNull();
        RoaringBitmap both = intersection(terms, 1_000);
        assertThat(both).isNotNull();
        assertThat(both.getCardinality()).isEqualTo(count(new CaseSearch(store.cases()),
                CaseQuery.ALL.withText("vancouver wang")));
        assertThat(intersection(SearchText.terms("v"), 1)).as("words starting with v: more than one").isNull();
        assertThat(intersection(SearchText.terms("wang zzzunknown"), 100).isEmpty()).isTrue();
    }

    private static List<Case> page(CaseSearch search, CaseQuery q, int offset, int limit) {
        return store.read(tx -> search.page(tx, q, offset, limit));
    }

    private static int count(CaseSearch search, CaseQuery q) {
        return store.read(tx -> search.count(tx, q));
    }

    private static MatchCount quick(CaseSearch search, CaseQuery q) {
        return store.read(tx -> search.quickCount(tx, q));
    }

    private static RoaringBitmap matches(CaseQuery q) {
        return store.read(tx -> new WordMatchedCases(1).of(tx, q));
    }

    private static RoaringBitmap intersection(List<SearchText.Term> terms, int mostRows) {
        return store.read(tx -> CaseWordSets.matching(tx, terms, mostRows));
    }

    private static String words(Case c) {
        return String.join(" ", SearchText.indexWords(List.of(new SearchText.Name(c.name()),
                new SearchText.Name(String.valueOf(c.nativeName())), String.join(" ", c.aliases()))));
    }
}

package org.returnwatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private static int next;

    private static Person p(String name, String nativeName, String city, String country, String... aliases) {
        return new Person(UUID.nameUUIDFromBytes(("distinct" + next++).getBytes()), name, nativeName, List.of(aliases),
                city, country, null);
    }

    /** Different people whose names are alike: none of these may be proposed as one person. */
    static List<Person> similarButDistinct() {
        return List.of(
                p("Wang Xiaoming", "王晓明", "Toronto", "Canada"), p("Wang Xiaomin", "王晓敏", "Toronto", "Canada"),
                p("Wang Xiaoming", "汪晓明", "Toronto", "Canada"),
                p("Zhang Wei", "张伟", "Vancouver", "Canada"), p("Zhang Wei", "张薇", "Vancouver", "Canada"),
                p("Zhang Wen", null, "Vancouver", "Canada"),
                p("Li Na", null, "Sydney", "Australia"), p("Li Na", null, "London", "United Kingdom"),
                p("Chen Jie", "陈杰", "Paris", "France"), p("Chen Jia", "陈佳", "Paris", "France"),
                p("Liu Yang", null, "Auckland", "New Zealand"), p("Liu Yan", null, "Auckland", "New Zealand"),
                p("Wong Siu-ming", null, "Hong Kong", "China"), p("Huang Xiaoming", "黄晓明", "Toronto", "Canada"));
    }

    @Test
    void findsEveryPlantedDuplicateInTenThousandPeopleAndNoFalsePair() {
        List<Person> distinct = similarButDistinct();
        PlantedDuplicates.Planted planted = PlantedDuplicates.generate(10_000 - distinct.size(), 500, distinct);
        List<Person> everyone = new ArrayList<>(planted.people());
        everyone.addAll(distinct);
        assertThat(everyone).hasSize(10_000);

        List<DuplicateFinder.Pair> found = DuplicateFinder.among(everyone, PersonMatcher.PROPOSED, (a, b) -> false);

        Set<Set<UUID>> pairs = new HashSet<>();
        found.forEach(p -> pairs.add(Set.of(p.first(), p.second())));
        assertThat(pairs).containsExactlyInAnyOrderElementsOf(planted.pairs());
        assertThat(found).allSatisfy(p -> assertThat(p.likeness().reasons()).isNotEmpty());
    }

    @Test
    void scoresAreExplainedInWords() {
        Likeness l = PersonMatcher.compare(p("Wang Xiaoming", "王晓明", "Toronto", "Canada"),
                p("Wong Hiu-ming", "王曉明", "Toronto", "Canada"));
        assertThat(l.explanation()).isEqualTo("same name in characters; pinyin matches; both in Toronto");
        assertThat(l.score()).isEqualTo(95);
        assertThat(PersonMatcher.compare(p("Wong Siu-ming", null, "Toronto", "Canada"),
                p("Wang Xiaoming", "王小明", "Toronto", "Canada")).explanation())
                .isEqualTo("Cantonese spelling matches; both in Toronto");
        assertThat(PersonMatcher.compare(p("王晓明", null, "Toronto", "Canada"), p("Xiao-ming Wang", null, null, "Canada"))
                .explanation()).isEqualTo("pinyin matches; both in Canada");
        assertThat(PersonMatcher.compare(p("Wang Hsiao-ming", null, null, null), p("王晓明", null, null, null))
                .explanation()).isEqualTo("Wade–Giles spelling matches");
        Likeness alias = PersonMatcher.compare(p("David Wang", null, "Toronto", "Canada", "Wang Xiaoming"),
                p("Wang Xiaoming", null, "Toronto", "Canada"));
        assertThat(alias.explanation()).isEqualTo("alias “Wang Xiaoming” matches; both in Toronto");
        assertThat(alias.score()).isGreaterThanOrEqualTo(PersonMatcher.PROPOSED);
        Likeness homophones = PersonMatcher.compare(p("Wang Xiaoming", "王晓明", "Toronto", "Canada"),
                p("Wang Xiaoming", "汪晓明", "Toronto", "Canada"));
        assertThat(homophones.score()).isLessThan(PersonMatcher.PROPOSED);
        assertThat(homophones.reasons()).contains("different names in characters (王晓明, 汪晓明)");
        Likeness elsewhere = PersonMatcher.compare(p("Li Na", null, "Sydney", "Australia"),
                p("Li Na", null, "London", "United Kingdom"));
        assertThat(elsewhere.score()).isLessThan(PersonMatcher.PROPOSED);
        assertThat(elsewhere.reasons()).contains("one in Australia, the other in United Kingdom");
    }

    @Test
    void aPairMarkedDistinctIsNotProposed() {
        Person a = p("Wang Xiaoming", null, "Toronto", "Canada");
        Person b = p("Xiaoming Wang", null, "Toronto", "Canada");
        assertThat(DuplicateFinder.among(List.of(a, b), PersonMatcher.PROPOSED, (x, y) -> false)).hasSize(1);
        assertThat(DuplicateFinder.among(List.of(a, b), PersonMatcher.PROPOSED, (x, y) -> true)).isEmpty();
        assertThat(DuplicateFinder.of(a, List.of(a, b), PersonMatcher.PROPOSED, (x, y) -> false)).hasSize(1);
    }
}

package org.returnwatch.desktop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.common.PagedList;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.CaseQuery.CaseSort;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.Tactic;

/** Search, filters, sort and paging of the case table, against the seeded encrypted database. */
class CaseListViewModelTest {
    @TempDir
    Path dir;
    Session session;
    CaseListViewModel vm;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        vm = new CaseListViewModel(session, new DirectTaskRunner());
        vm.load();
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private List<String> names() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < vm.rows().size(); i++) {
            out.add(vm.rows().get(i).name());
        }
        return out;
    }

    @Test
    void listsEverySeededCase() {
        assertThat(vm.matchesProperty().get()).isEqualTo(14);
        assertThat(names()).contains("Xie Weidong", "Meng Wanzhou");
    }

    @Test
    void searchFindsByNameReferenceAndAccusationAsYouType() {
        vm.queryProperty().set("xie");
        assertThat(names()).containsExactly("Xie Weidong");
        vm.queryProperty().set("RW-C-0005");
        assertThat(names()).containsExactly("John Doe-1");
        vm.queryProperty().set("embezzling");
        assertThat(names()).containsExactly("John Doe-1");
        vm.queryProperty().set("nobody-has-this-word");
        assertThat(vm.matchesProperty().get()).isZero();
    }

    @Test
    void searchFindsChineseScriptAndAliases() {
        Case c = new Case(java.util.UUID.randomUUID(), null, 0, "Li Wei", "李伟", List.of("Xiaolongbao"), false,
                CaseKind.INDIVIDUAL, null, null,
                "Australia", null, List.of(), null, null, null, null, null, List.of(), null, null);
        Seeded.store(session).write(tx -> Seeded.store(session).cases().insert(tx, c));
        vm.queryProperty().set("李伟");
        assertThat(names()).containsExactly("Li Wei");
        vm.queryProperty().set("xiaolong");
        assertThat(names()).containsExactly("Li Wei");
    }

    @Test
    void eachFilterNarrowsTheList() {
        vm.chosenOutcomes().setAll(Outcome.RETURNED_BY_FORCE);
        assertThat(names()).containsExactlyInAnyOrder("Xiao Jianhua", "Dong Guangping");
        vm.clearFilters();
        vm.chosenCountries().setAll("Thailand");
        assertThat(names()).containsExactly("Dong Guangping");
        vm.clearFilters();
        vm.chosenCampaigns().setAll(Campaign.FOX_HUNT);
        assertThat(names()).isNotEmpty().allSatisfy(n -> assertThat(n).isNotEqualTo("Xie Weidong"));
        int foxHunt = vm.matchesProperty().get();
        vm.chosenCampaigns().add(Campaign.NONE);
        assertThat(vm.matchesProperty().get()).isGreaterThan(foxHunt);
        vm.clearFilters();
        Tactic kidnapping = vm.tactics().stream().filter(t -> t.code().equals("KIDNAPPING")).findFirst().orElseThrow();
        vm.chosenTactics().setAll(kidnapping);
        assertThat(names()).contains("Xiao Jianhua").doesNotContain("Meng Wanzhou");
        vm.clearFilters();
        assertThat(vm.years()).contains(2017);
        vm.chosenYears().setAll(2017);
        assertThat(names()).contains("Xiao Jianhua").doesNotContain("Meng Wanzhou");
        vm.clearFilters();
        assertThat(vm.matchesProperty().get()).isEqualTo(14);
    }

    @Test
    void sortsInTheDatabase() {
        vm.sortBy(CaseSort.NAME, false);
        List<String> ascending = names();
        assertThat(ascending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        vm.sortBy(CaseSort.NAME, true);
        assertThat(names().get(0)).isEqualTo(ascending.get(ascending.size() - 1));
    }

    @Test
    void readsRowsPageByPage() {
        Seeded.store(session).write(tx -> {
            for (int i = 0; i < 450; i++) {
                Seeded.store(session).cases().insert(tx, Case.named(String.format("Bulk %04d", i)));
            }
            return null;
        });
        vm.queryProperty().set("bulk");
        PagedList<Case> rows = vm.rows();
        assertThat(rows.size()).isEqualTo(450);
        assertThat(rows.peek(420)).as("not read before it is shown").isNull();
        assertThat(rows.get(420).name()).isEqualTo("Bulk 0420");
        assertThat(rows.peek(420)).isNotNull();
        assertThat(rows.peek(0)).as("the first page is read with the search").isNotNull();
        assertThat(rows.peek(250)).as("an untouched page is not read").isNull();
    }
}

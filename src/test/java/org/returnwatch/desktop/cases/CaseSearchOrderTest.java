package org.returnwatch.desktop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.common.PagedList;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.QueuedTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.store.Store;

/**
 * The case table under a slow database: the first page shows before the count, which runs aside;
 * when typing outruns the database, only the newest query's answers reach the table.
 */
class CaseSearchOrderTest {
    private static final int SAMPLES = 230;
    @TempDir
    Path dir;
    Session session;
    QueuedTaskRunner runner = new QueuedTaskRunner();
    CaseListViewModel vm;

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        Store store = Seeded.store(session);
        store.write(tx -> {
            for (int i = 0; i < SAMPLES; i++) {
                store.cases().insert(tx, Case.named(String.format("Sample person %03d", i)));
            }
            return null;
        });
        vm = new CaseListViewModel(session, runner);
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    @Test
    void firstPageShowsBeforeTheCountWhichRunsAside() throws Exception {
        vm.queryProperty().set("sample");
        assertThat(runner.queued()).hasSize(1);
        assertThat(vm.rows()).isEmpty();

        runner.runNext();
        assertThat(vm.rows()).hasSize(PagedList.PAGE_SIZE);
        assertThat(vm.rows().peek(0).name()).startsWith("Sample person");
        assertThat(vm.countingProperty().get()).isTrue();
        assertThat(vm.matchesTextProperty().get()).contains("counting");
        assertThat(runner.queued()).hasSize(1);
        assertThat(runner.queued().get(0).aside()).as("the count must not hold up later pages").isTrue();

        runner.runNext();
        assertThat(vm.matchesProperty().get()).isEqualTo(SAMPLES);
        assertThat(vm.rows()).hasSize(SAMPLES);
        assertThat(vm.countingProperty().get()).isFalse();
        assertThat(vm.matchesTextProperty().get()).isEqualTo(SAMPLES + " cases");
        assertThat(vm.rows().peek(0).name()).as("the first page stays").startsWith("Sample person");
        assertThat(vm.rows().get(200)).isNull();
        runner.runAll();
        assertThat(vm.rows().get(200).name()).startsWith("Sample person");
    }

    @Test
    void aFewMatchesAreCountedFromTheFirstPageAlone() {
        vm.queryProperty().set("xie");
        runner.runNext();
        assertThat(runner.queued()).as("no count needed").isEmpty();
        assertThat(vm.matchesTextProperty().get()).isEqualTo("1 case");
        assertThat(vm.rows().peek(0).name()).isEqualTo("Xie Weidong");
    }

    @Test
    void anOlderQueryArrivingLastIsDroppedAndItsWorkSkipped() throws Exception {
        vm.queryProperty().set("sample");
        vm.queryProperty().set("xie");
        assertThat(runner.queued()).hasSize(2);
        assertThat(runner.queued().get(0).handle().state()).as("the older question is superseded, so its work is "
                + "skipped and its answer dropped").isEqualTo(org.returnwatch.desktop.task.TaskHandle.State.SUPERSEDED);

        runner.runLast();
        runner.runNext();
        assertThat(runner.queued()).isEmpty();
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().peek(0).name()).isEqualTo("Xie Weidong");
        assertThat(vm.matchesProperty().get()).isEqualTo(1);
    }

    @Test
    void aCountForAnOlderQueryIsDropped() {
        vm.queryProperty().set("sample");
        runner.runNext();
        assertThat(vm.rows()).hasSize(PagedList.PAGE_SIZE);
        vm.queryProperty().set("xie");

        runner.runLast();
        assertThat(vm.rows()).hasSize(1);
        runner.runNext();
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.matchesProperty().get()).isEqualTo(1);
        assertThat(vm.countingProperty().get()).isFalse();
        assertThat(vm.rows().peek(0).name()).isEqualTo("Xie Weidong");
    }

    @Test
    void anAnswerReadBeforeANewerQueryButDeliveredAfterItIsDropped() {
        vm.queryProperty().set("sample");
        Runnable lateAnswer = runner.workNowAnswerLater(0);
        vm.queryProperty().set("xie");
        runner.runAll();
        assertThat(vm.rows().peek(0).name()).isEqualTo("Xie Weidong");

        lateAnswer.run();
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().peek(0).name()).isEqualTo("Xie Weidong");
        assertThat(vm.matchesTextProperty().get()).isEqualTo("1 case");
        assertThat(runner.queued()).as("no count for the old query").isEmpty();
    }
}

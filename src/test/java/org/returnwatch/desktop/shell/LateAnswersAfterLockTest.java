package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.Screens;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.task.QueuedTaskRunner;

/**
 * Answers from the database that arrive after a lock never bring records back into a screen: for
 * every screen, work asked before the lock and answered after it (done before and handed back
 * after, or not started yet) leaves the forgotten screen empty.
 */
class LateAnswersAfterLockTest {
    @TempDir
    Path dir;
    final QueuedTaskRunner runner = new QueuedTaskRunner();
    ShellFixture shell;
    Screens screens;

    @BeforeEach
    void open() {
        shell = new ShellFixture(dir, runner);
        runner.runAll();
        screens = shell.window.screens();
    }

    @AfterEach
    void close() {
        runner.runAll();
        shell.close();
    }

    /** Locks with the answers still on their way, then lets them arrive. */
    private void lockThenDeliver(List<Runnable> doneBeforeTheLock) {
        shell.main.command(AppAction.LOCK).execute();
        assertThat(shell.session.isUnlocked()).isFalse();
        doneBeforeTheLock.forEach(Runnable::run);
        runner.runAll();
    }

    private Runnable workNowAnswerLater() {
        return runner.workNowAnswerLater(0);
    }

    @Test
    void theCaseListsSearch() {
        CasesScreen cases = screens.cases();
        cases.list().queryProperty().set("xie");
        Runnable page = workNowAnswerLater();
        lockThenDeliver(List.of(page));
        assertThat(cases.list().rows()).isEmpty();
        assertThat(cases.list().matchesProperty().get()).isZero();
    }

    @Test
    void anOpenedCase() {
        CasesScreen cases = screens.cases();
        cases.list().queryProperty().set("xie");
        runner.runAll();
        cases.open(ShellFixture.caseNamed(cases, "Xie Weidong").id());
        Runnable story = workNowAnswerLater();
        lockThenDeliver(List.of(story));
        assertThat(cases.detail().originalProperty().get()).isNull();
        assertThat(cases.detail().fields().name.get()).isNotEqualTo("Xie Weidong");
        assertThat(cases.detail().timeline()).isEmpty();
        assertThat(cases.detail().related().citations()).isEmpty();
    }

    @Test
    void aCitationAddedJustBeforeTheLock() {
        CasesScreen cases = screens.cases();
        cases.list().queryProperty().set("xie");
        runner.runAll();
        cases.open(ShellFixture.caseNamed(cases, "Xie Weidong").id());
        runner.runAll();
        RecordItem source = cases.detail().sources().get(0);
        cases.detail().related().addCitation(source, null, "para. 1");
        Runnable added = workNowAnswerLater();
        lockThenDeliver(List.of(added));
        assertThat(cases.detail().related().citations()).isEmpty();
        assertThat(cases.detail().related().links()).isEmpty();
    }

    @Test
    void anotherKindsListAndRecord() {
        var agreements = screens.<org.returnwatch.domain.Agreement>record(Section.AGREEMENTS);
        shell.main.show(Section.AGREEMENTS);
        runner.runAll();
        agreements.list().rows().get(0);
        runner.runAll();
        agreements.open(agreements.list().rows().get(0).id());
        Runnable record = workNowAnswerLater();
        agreements.list().queryProperty().set("canada");
        lockThenDeliver(List.of(record));
        assertThat(agreements.original()).isNull();
        assertThat(agreements.list().rows()).isEmpty();
        assertThat(agreements.titleProperty().get()).isEmpty();
    }

    @Test
    void theChartsListsAndDrawing() {
        var charts = screens.charts();
        shell.main.show(Section.CHARTS);
        runner.runAll();
        charts.series().all().get(0).setSelected(true);
        Runnable drawing = workNowAnswerLater();
        charts.activate();
        lockThenDeliver(List.of(drawing));
        assertThat(charts.chartProperty().get()).isNull();
        assertThat(charts.series().all()).isEmpty();
        assertThat(charts.saved()).isEmpty();
    }

    @Test
    void theTodayScreensFollowUpsAndRecentCases() {
        var today = screens.today();
        shell.session.workspace().followUps().add(org.returnwatch.domain.Reference.parse("RW-C-0001"),
                java.time.LocalDate.of(2026, 11, 20), "Call the family");
        today.activate();
        runner.runAll();
        assertThat(today.due()).as("what a late answer would bring back").isNotEmpty();
        today.activate();
        Runnable read = workNowAnswerLater();
        lockThenDeliver(List.of(read));
        assertThat(today.recent()).isEmpty();
        assertThat(today.due()).isEmpty();
    }

    @Test
    void thePossibleDuplicatesList() {
        var duplicates = screens.duplicates();
        org.returnwatch.store.Store store = org.returnwatch.desktop.Seeded.store(shell.session);
        for (String name : List.of("Wang Xiaoming", "Wong Siu-ming")) {
            store.write(tx -> store.cases().insert(tx, new org.returnwatch.domain.Case(java.util.UUID.randomUUID(),
                    null, 0, name, "王小明", List.of(), false, org.returnwatch.domain.CaseKind.INDIVIDUAL, null,
                    "China", "Canada", "Toronto", List.of(), null, null, null, null, null, List.of(), null, "")));
        }
        duplicates.minScoreProperty().set(1);
        duplicates.refresh();
        runner.runAll();
        assertThat(duplicates.pairs()).as("what a late answer would bring back").isNotEmpty();
        duplicates.refresh();
        Runnable pairs = workNowAnswerLater();
        lockThenDeliver(List.of(pairs));
        assertThat(duplicates.pairs()).isEmpty();
        assertThat(duplicates.statusProperty().get()).doesNotContain("RW-");
    }

    @Test
    void theCountsOfTheSidebar() {
        shell.main.refreshCounts();
        Runnable counts = workNowAnswerLater();
        lockThenDeliver(List.of(counts));
        assertThat(shell.main.countProperty(Section.CASES).get()).isZero();
        assertThat(shell.main.statusProperty().get()).isEmpty();
    }
}

package org.returnwatch.desktop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.FollowUps;
import org.returnwatch.app.TodayOverview;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;

/** The Today screen on a real encrypted database: what is due across cases, and the cases changed lately. */
class TodayScreenTest {
    @TempDir
    Path dir;
    Session session;
    Store store;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        store = Seeded.store(session);
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private Case byRef(String ref) {
        return store.read(tx -> store.cases().get(tx, Reference.parse(ref)));
    }

    @Test
    void listsWhatIsDueOverdueFirstAndNothingDoneOrLater() {
        FollowUps f = session.workspace().followUps();
        Case xie = byRef("RW-C-0001");
        Case jiang = byRef("RW-C-0003");
        f.add(xie.id(), today, "Due today");
        f.add(jiang.id(), today.minusDays(3), "Overdue");
        f.add(xie.id(), today.plusDays(1), "Tomorrow");
        var done = f.add(jiang.id(), today.minusDays(1), "Done already");
        f.setDone(done.ref(), true);

        TodayScreen screen = new TodayScreen(session, new DirectTaskRunner(), () -> today);
        screen.activate();

        assertThat(screen.due()).extracting(d -> d.followUp().note()).containsExactly("Overdue", "Due today");
        assertThat(screen.due().get(0).caseRef()).isEqualTo(jiang.ref());
        assertThat(screen.overdue(screen.due().get(0))).isTrue();
        assertThat(screen.overdue(screen.due().get(1))).isFalse();
    }

    @Test
    void theCaseWhoseIncidentChangedLastComesFirstAndOldChangesAreNotRecent() {
        Case jiang = byRef("RW-C-0003");
        store.write(tx -> {
            Incident i = store.incidents().forCase(tx, jiang.id()).get(0);
            return store.incidents().update(tx, new Incident(i.id(), i.ref(), i.version(), i.caseId(), i.date(),
                    "Canada", i.place(), i.tactics(), i.perpetratorIds(), i.pressured(), i.hostStateRole(),
                    i.description()));
        });

        TodayScreen screen = new TodayScreen(session, new DirectTaskRunner(), () -> today);
        screen.activate();
        assertThat(screen.recent()).isNotEmpty();
        TodayOverview.RecentCase first = screen.recent().get(0);
        assertThat(first.item().ref()).isEqualTo(jiang.ref());
        assertThat(screen.recent()).extracting(r -> r.item().id()).doesNotHaveDuplicates();

        TodayScreen later = new TodayScreen(session, new DirectTaskRunner(),
                () -> today.plusDays(TodayScreen.RECENT_DAYS + 2));
        later.activate();
        assertThat(later.recent()).isEmpty();
    }
}

package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.Screens;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.cases.CasesScreen;

/**
 * After a lock, nothing keeps the screens that showed records: not the shell, not the session's
 * listeners, not the commands bound to them. A screen that stayed reachable would keep every name
 * it had read in memory until the program ends.
 */
class OldScreensAreCollectedTest {
    @TempDir
    Path dir;
    ShellFixture shell;

    @BeforeEach
    void open() {
        shell = new ShellFixture(dir);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void everyScreenReadBeforeALockCanBeCollectedAfterIt() {
        List<WeakReference<Object>> old = useEveryScreen(shell.window.screens());

        shell.main.command(AppAction.LOCK).execute();

        assertThat(shell.session.isUnlocked()).isFalse();
        for (int i = 0; i < 50 && old.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int k = 0; k < pressure.length; k++) {
                pressure[k] = new byte[64 * 1024];
            }
            Thread.onSpinWait();
        }
        List<String> kept = old.stream().map(WeakReference::get).filter(o -> o != null)
                .map(o -> o.getClass().getSimpleName()).toList();
        assertThat(kept).as("screens still reachable after the lock").isEmpty();
    }

    /** Opens a case, an agreement and a chart, as a user would, and hands back weak references to them. */
    private static List<WeakReference<Object>> useEveryScreen(Screens screens) {
        CasesScreen cases = screens.cases();
        cases.activate();
        cases.list().queryProperty().set("xie");
        cases.open(ShellFixture.caseNamed(cases, "Xie Weidong").id());
        assertThat(cases.detail().fields().name.get()).isEqualTo("Xie Weidong");
        var agreements = screens.record(Section.AGREEMENTS);
        agreements.activate();
        agreements.open(agreements.list().rows().get(0).id());
        var charts = screens.charts();
        charts.activate();
        charts.series().all().get(0).setSelected(true);
        assertThat(charts.chartProperty().get()).isNotNull();
        List<WeakReference<Object>> refs = new ArrayList<>();
        for (Object o : new Object[] {cases, cases.detail(), cases.list(), agreements, charts}) {
            refs.add(new WeakReference<>(o));
        }
        screens.records().values().forEach(s -> refs.add(new WeakReference<>(s)));
        return refs;
    }
}

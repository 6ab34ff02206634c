package org.returnwatch.desktop.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartService;
import org.returnwatch.desktop.AppContext;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.WindowModel;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.chartscreen.TestPrinters;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Case;
import org.returnwatch.store.TestDatabases;

/**
 * A window's view models made by the composition root, as the program makes them, on a seeded
 * database, without a toolkit: dialogs are a fake and work runs on the test's thread.
 */
final class ShellFixture implements AutoCloseable {
    final AppContext context;
    final Session session;
    final FakeDialogs dialogs = new FakeDialogs();
    final WindowModel window;
    final MainViewModel main;

    ShellFixture(Path dir) {
        this(dir, new DirectTaskRunner());
    }

    /** With {@code runner} for the database work, e.g. one that hands answers back when the test says. */
    ShellFixture(Path dir, TaskRunner runner) {
        Session seeded = Seeded.session(dir);
        // the window starts locked; the unlock below is what shows the screens
        Workspace workspace = seeded.lock();
        context = new AppContext(new Databases(TestDatabases.FAST), seeded.file(), runner, runner,
                () -> LocalDate.of(2026, 11, 23), ChartService::withInstalledFonts, TestPrinters.none());
        session = context.session();
        window = context.window(dialogs.all());
        main = window.main();
        session.unlocked(workspace);
        // an unlock shows Today first; the tests start where a caseworker goes next, the case list
        main.show(Section.CASES);
    }

    /** A second window on the session of {@code first}, opened while it is unlocked (View → New window). */
    ShellFixture(ShellFixture first) {
        context = first.context;
        session = first.session;
        window = context.window(dialogs.all());
        main = window.main();
    }

    /** The latest screens made: after a lock, the fresh ones. */
    CasesScreen cases() {
        return window.screens().cases();
    }

    RecordScreenViewModel<Agreement> agreements() {
        return window.screens().record(Section.AGREEMENTS);
    }

    static Case caseNamed(CasesScreen screen, String name) {
        for (int i = 0; i < screen.list().rows().size(); i++) {
            Case c = screen.list().rows().get(i);
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    @Override
    public void close() {
        Seeded.close(session);
    }
}

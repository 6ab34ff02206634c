package org.returnwatch.desktop.duplicates;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartService;
import org.returnwatch.desktop.AppContext;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.WindowModel;
import org.returnwatch.desktop.chartscreen.TestPrinters;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.MainViewModel;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * A window's view models as the composition root makes them, on a real encrypted seeded database,
 * with work on the test's thread and every dialog a fake; plus the two records of one person that
 * the tests plant.
 */
final class DuplicatesWindowFixture implements AutoCloseable {
    final Session session;
    final FakeDialogs dialogs = new FakeDialogs();
    final WindowModel window;
    final MainViewModel main;
    final Store store;

    DuplicatesWindowFixture(Path dir) {
        Session seeded = Seeded.session(dir);
        Workspace workspace = seeded.lock();
        AppContext context = new AppContext(new Databases(TestDatabases.FAST), seeded.file(), new DirectTaskRunner(),
                new DirectTaskRunner(), () -> LocalDate.of(2026, 11, 23), ChartService::withInstalledFonts,
                TestPrinters.none());
        session = context.session();
        window = context.window(dialogs.all());
        main = window.main();
        session.unlocked(workspace);
        store = Seeded.store(session);
    }

    /** A person in Toronto, as a case stored directly (not through what is tested). */
    Case plant(String name, String nativeName) {
        return store.write(tx -> store.cases().insert(tx, person(name, nativeName)));
    }

    static Case person(String name, String nativeName) {
        return new Case(UUID.randomUUID(), null, 0, name, nativeName, List.of(), false, CaseKind.INDIVIDUAL, null,
                "China", "Canada", "Toronto", List.of(), null, null, null, null, null, List.of(), null,
                "Told by " + name + "'s family.");
    }

    java.util.Optional<Case> stored(UUID id) {
        return store.read(tx -> store.cases().find(tx, id));
    }

    @Override
    public void close() {
        Seeded.close(session);
    }
}

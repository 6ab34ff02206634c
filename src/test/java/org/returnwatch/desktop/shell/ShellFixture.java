package org.returnwatch.desktop.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.common.RecordDeleter;
import org.returnwatch.desktop.records.AgreementForm;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.desktop.session.DatabaseOpener;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.desktop.unlock.UnlockViewModel;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Case;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** The window's view models wired as AppContext wires them, on a seeded database, without a toolkit. */
final class ShellFixture implements AutoCloseable {
    final Session session;
    final FakeDialogs dialogs = new FakeDialogs();
    final DirectTaskRunner runner = new DirectTaskRunner();
    final RecordDeleter deleter;
    final MainViewModel main;
    /** The latest screens made: after a lock, the fresh ones. */
    CasesScreen cases;
    RecordScreenViewModel<Agreement> agreements;

    ShellFixture(Path dir) {
        session = Seeded.session(dir);
        // the window starts locked; the unlock below is what shows the screens
        Store store = session.lock();
        deleter = new RecordDeleter(session, runner, dialogs);
        UnlockViewModel unlock = new UnlockViewModel(session, new DatabaseOpener(TestDatabases.FAST), runner);
        main = new MainViewModel(session, runner, dialogs, deleter, unlock, build());
        main.setRebuild(this::build);
        session.unlocked(store);
    }

    /** A second window on the session of {@code first}, opened while it is unlocked (View → New window). */
    ShellFixture(ShellFixture first) {
        session = first.session;
        deleter = new RecordDeleter(session, runner, dialogs);
        UnlockViewModel unlock = new UnlockViewModel(session, new DatabaseOpener(TestDatabases.FAST), runner);
        main = new MainViewModel(session, runner, dialogs, deleter, unlock, build());
        main.setRebuild(this::build);
    }

    private Map<Section, Screen> build() {
        cases = new CasesScreen(session, runner, dialogs, deleter);
        agreements = new RecordScreenViewModel<>(session, runner, dialogs, deleter, new AgreementForm());
        Map<Section, Screen> screens = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            screens.put(s, cases);
        }
        screens.put(Section.AGREEMENTS, agreements);
        return screens;
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
        Store store = session.lock();
        if (store != null) {
            store.close();
        }
    }
}

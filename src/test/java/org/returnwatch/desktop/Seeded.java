package org.returnwatch.desktop;

import java.nio.file.Path;
import org.returnwatch.app.TestWorkspaces;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** A real encrypted database with the seed dataset, opened in a session, for view-model tests. */
public final class Seeded {
    private Seeded() {
    }

    public static Session session(Path dir) {
        Store store = SeededTemplate.create(dir);
        Session session = new Session(TestDatabases.file(dir).dataFile());
        session.unlocked(TestWorkspaces.of(store));
        return session;
    }

    /** The store behind the session's database, to check what the window wrote. */
    public static Store store(Session session) {
        return TestWorkspaces.store(session.workspace());
    }

    /** Locks the session and closes its database, as the end of a test. */
    public static void close(Session session) {
        var w = session.lock();
        if (w != null) {
            w.close();
        }
    }
}

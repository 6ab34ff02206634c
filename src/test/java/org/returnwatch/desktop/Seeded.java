package org.returnwatch.desktop;

import java.nio.file.Path;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.seed.SeedDataset;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/** A real encrypted database with the seed dataset, opened in a session, for view-model tests. */
public final class Seeded {
    private Seeded() {
    }

    public static Session session(Path dir) {
        Store store = TestDatabases.create(dir);
        new SeedDataset(new JsonExchange()).loadInto(store);
        Session session = new Session(TestDatabases.file(dir));
        session.unlocked(store);
        return session;
    }
}

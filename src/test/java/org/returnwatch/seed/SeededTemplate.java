package org.returnwatch.seed;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.store.Store;
import org.returnwatch.store.Templates;
import org.returnwatch.store.TestDatabases;

/** A database holding the seed dataset, loaded once per test run and copied for each test (see {@link Templates}). */
public final class SeededTemplate {
    /** What fills the template: the seed dataset, loaded as {@code init} loads it. */
    public static final Consumer<Store> FILL = store -> new SeedDataset(new JsonExchange()).loadInto(store);

    private SeededTemplate() {
    }

    /** A copy of the seeded template as {@link TestDatabases#file} in {@code dir}, opened. */
    public static Store create(Path dir) {
        Templates.copy("seeded", TestDatabases.PASSPHRASE, FILL, TestDatabases.file(dir));
        return TestDatabases.open(dir);
    }
}

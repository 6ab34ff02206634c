package org.returnwatch.desktop.session;

import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.seed.SeedDataset;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.KdfParams;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.Store;

/** Creates (with the seed dataset) or unlocks a database file. Slow: call it off the UI thread. */
public final class DatabaseOpener {
    private final KdfParams kdf;

    public DatabaseOpener(KdfParams kdf) {
        this.kdf = kdf;
    }

    /** Creates the database and loads the seed dataset; a failed seed leaves no half-made file behind. */
    public Store create(DatabaseFile file, Passphrase passphrase) {
        Store store = new Store(Database.create(file, passphrase, kdf));
        try {
            new SeedDataset(new JsonExchange()).loadInto(store);
            return store;
        } catch (RuntimeException e) {
            store.close();
            Database.delete(file);
            throw e;
        }
    }

    public Store open(DatabaseFile file, Passphrase passphrase) {
        return new Store(Database.open(file, passphrase));
    }

    public boolean exists(DatabaseFile file) {
        return file.exists();
    }
}

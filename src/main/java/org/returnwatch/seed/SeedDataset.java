package org.returnwatch.seed;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.IOException;
import java.io.InputStream;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.store.Store;
import org.returnwatch.store.StoreException;

/**
 * The curated records of the five source articles (seeds/seed.json, packaged on the classpath),
 * loaded into a new database so that a newcomer sees real cases and charts at once.
 */
public final class SeedDataset {
    public static final String RESOURCE = "/seeds/seed.json";

    private final JsonExchange exchange;

    public SeedDataset(JsonExchange exchange) {
        this.exchange = exchange;
    }

    /** Loads the whole dataset in one transaction, or nothing. */
    public ImportBatch loadInto(Store store) {
        try (InputStream in = SeedDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StoreException(phrase("the seed dataset is missing from this build ({0})", RESOURCE));
            }
            return exchange.importStream(store, in, "seed dataset");
        } catch (IOException e) {
            throw new StoreException(phrase("the seed dataset cannot be read: {0}", e.getMessage()));
        }
    }
}

package org.returnwatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.SyntheticDataset;

/**
 * How the database file grows under imports or saves, and what closing gives back. Run on purpose
 * (docs/benchmarks.md, "The database file's size"), never by {@code mvn verify}:
 * {@code FileGrowth DOCUMENTS CASES_PER_DOCUMENT FOLDER} — one transaction per document, so a
 * document of one case is one save.
 */
public final class FileGrowth {
    private FileGrowth() {
    }

    public static void main(String[] args) throws Exception {
        int documents = Integer.parseInt(args[0]);
        int perDocument = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        Store store = TestDatabases.createFresh(dir);
        Path doc = dir.resolve("doc.json");
        Path file = TestDatabases.file(dir).dataFile();
        long start = System.nanoTime();
        for (int d = 0; d < documents; d++) {
            SyntheticDataset.write(doc, 1 + d * perDocument, perDocument);
            new JsonExchange().importFile(store, doc);
            if (d == documents - 1 || (d + 1) % Math.max(1, documents / 10) == 0) {
                System.out.printf("%,d cases  %.0f s  file %,d MB  (chunks %s %% live)%n", (d + 1) * perDocument,
                        (System.nanoTime() - start) / 1e9, Files.size(file) >> 20, chunksFillRate(store));
            }
        }
        Files.delete(doc);
        long t = System.nanoTime();
        store.close();
        System.out.printf("closed in %.1f s: file %,d MB%n", (System.nanoTime() - t) / 1e9, Files.size(file) >> 20);
    }

    private static String chunksFillRate(Store store) {
        return store.read(tx -> {
            try (Statement st = tx.connection().createStatement();
                 var rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                         + " WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
                return rs.next() ? rs.getString(1) : "?";
            } catch (SQLException e) {
                return "?";
            }
        });
    }
}

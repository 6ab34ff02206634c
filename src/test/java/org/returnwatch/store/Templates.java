package org.returnwatch.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Databases each made once per test run and copied for every test that wants one like it. The copy
 * is byte for byte the made database and its key file, so it opens as the original would.
 */
public final class Templates {
    private static final Map<String, DatabaseFile> MADE = new HashMap<>();
    private static Path folder;

    private Templates() {
    }

    /**
     * Copies the template called {@code name} to {@code target}, making it first if this run has not:
     * a new database with {@code passphrase} and the cheap key derivation, filled by {@code fill}.
     */
    public static void copy(String name, String passphrase, Consumer<Store> fill, DatabaseFile target) {
        DatabaseFile made = template(name, passphrase, fill);
        try {
            Files.createDirectories(target.dataFile().toAbsolutePath().getParent());
            Files.copy(made.dataFile(), target.dataFile());
            Files.copy(made.keyFile(), target.keyFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized DatabaseFile template(String name, String passphrase, Consumer<Store> fill) {
        String key = name + "|" + passphrase;
        DatabaseFile made = MADE.get(key);
        if (made == null) {
            made = new DatabaseFile(folder().resolve("template-" + MADE.size() + ".mv.db"));
            try (Passphrase p = Passphrase.adopt(passphrase.toCharArray());
                 Store store = new Store(Database.create(made, p, TestDatabases.FAST))) {
                fill.accept(store);
            }
            MADE.put(key, made);
        }
        return made;
    }

    private static Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("returnwatch-templates");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path made = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
        }
        return folder;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind holds only test data made by this run
        }
    }
}

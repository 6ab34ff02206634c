package org.returnwatch.cli;

import java.util.concurrent.Callable;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.seed.SeedDataset;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.KdfParams;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", description = "Create an encrypted database and load the seed dataset.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--no-seed", description = "create an empty database")
    boolean noSeed;

    @Override
    public Integer call() {
        DatabaseFile file = root.databaseFile();
        Passphrase passphrase = root.passphrase(root.passphraseFile == null);
        if (passphrase.length() < 8) {
            passphrase.close();
            throw new CommandFailedException("the passphrase is too short: use at least 8 characters, "
                    + "better a sentence of several words");
        }
        String loaded = "empty";
        try (passphrase; Store store = new Store(Database.create(file, passphrase, KdfParams.DEFAULT))) {
            if (!noSeed) {
                loaded = loadSeed(store, file);
            }
        }
        root.spec.commandLine().getOut().println("Created " + file + " (" + loaded + ")");
        root.spec.commandLine().getOut().println("Keep " + file.keyFile().getFileName()
                + " with it: the database cannot be opened without that file and the passphrase.");
        return 0;
    }

    /** A database whose seed failed to load is removed again, so a failed init leaves nothing behind. */
    private static String loadSeed(Store store, DatabaseFile file) {
        try {
            ImportBatch seed = new SeedDataset(new JsonExchange()).loadInto(store);
            return "seed dataset loaded: " + seed.describe();
        } catch (RuntimeException e) {
            store.close();
            Database.delete(file);
            throw e;
        }
    }
}

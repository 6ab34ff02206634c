package org.returnwatch.cli;

import java.util.concurrent.Callable;
import org.returnwatch.app.Databases;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
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
        String loaded;
        try (passphrase) {
            Databases.Created created = Databases.standard().create(file, passphrase, noSeed);
            created.workspace().close();
            loaded = created.seedLoaded() == null ? "empty" : "seed dataset loaded: " + created.seedLoaded();
        }
        root.spec.commandLine().getOut().println("Created " + file + " (" + loaded + ")");
        root.spec.commandLine().getOut().println("Keep " + file.keyFile().getFileName()
                + " with it: the database cannot be opened without that file and the passphrase.");
        return 0;
    }
}

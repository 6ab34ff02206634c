package org.returnwatch.cli;

import java.util.concurrent.Callable;
import org.returnwatch.app.Databases;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--no-seed")
    boolean noSeed;

    @Override
    public Integer call() {
        DatabaseFile file = root.databaseFile();
        Passphrase passphrase = root.passphrase(root.passphraseFile == null);
        if (passphrase.length() < 8) {
            passphrase.close();
            throw new CommandFailedException(root.msg("the passphrase is too short: use at least 8 characters, "
                    + "better a sentence of several words"));
        }
        String loaded;
        try (passphrase) {
            Databases.Created created = Databases.standard().create(file, passphrase, noSeed);
            created.workspace().close();
            loaded = created.seedLoaded() == null ? root.msg("empty")
                    : root.msg("seed dataset loaded: {0}", created.seedLoaded());
        }
        root.spec.commandLine().getOut().println(root.msg("Created {0} ({1})", file, loaded));
        root.spec.commandLine().getOut().println(root.msg("Keep {0} with it: the database cannot be opened without "
                + "that file and the passphrase.", file.keyFile().getFileName()));
        return 0;
    }
}

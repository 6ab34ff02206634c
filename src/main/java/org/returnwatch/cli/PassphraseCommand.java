package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.returnwatch.app.Databases;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.work.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "passphrase",
        description = {"Change the database's passphrase: the file is encrypted anew and its "
        + "key file replaced; if this is interrupted, either the old or the new passphrase opens it.",
    "The current passphrase comes from --passphrase-file or the terminal, the new one from --new-passphrase-file or "
        + "the terminal (twice). Backups made before keep the passphrase they were made with."})
final class PassphraseCommand implements Callable<Integer> {
    static final int MIN_LENGTH = 8;

    @ParentCommand
    RootCommand root;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE",
            description = "read the new passphrase from the first line of FILE")
    Path newPassphraseFile;

    @Override
    public Integer call() {
        DatabaseFile file = root.databaseFile();
        try (Passphrase old = root.passphrase(false)) {
            try (Passphrase fresh = root.passphrase(newPassphraseFile, "New passphrase", newPassphraseFile == null,
                    "the passphrase was not changed")) {
                if (fresh.length() < MIN_LENGTH) {
                    throw new CommandFailedException("the new passphrase is too short: use at least " + MIN_LENGTH
                            + " characters, better a sentence of several words; the passphrase was not changed");
                }
                root.waitForNextTry(file);
                Databases.standard().changePassphrase(file, old, fresh, ProgressListener.NONE);
            }
        }
        root.spec.commandLine().getOut().println("Changed the passphrase of " + file + ". Backups made before still "
                + "open with the old passphrase.");
        return 0;
    }
}

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

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "passphrase")
final class PassphraseCommand implements Callable<Integer> {
    static final int MIN_LENGTH = 8;

    @ParentCommand
    RootCommand root;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE")
    Path newPassphraseFile;

    @Override
    public Integer call() {
        DatabaseFile file = root.databaseFile();
        try (Passphrase old = root.passphrase(false)) {
            String[] prompts = {root.msg("New passphrase: "), root.msg("New passphrase again: ")};
            try (Passphrase fresh = root.passphrase(newPassphraseFile, prompts, newPassphraseFile == null,
                    root.msg("the passphrase was not changed"))) {
                if (fresh.length() < MIN_LENGTH) {
                    throw new CommandFailedException(root.msg("the new passphrase is too short: use at least {0} "
                            + "characters, better a sentence of several words; the passphrase was not changed",
                            MIN_LENGTH));
                }
                root.waitForNextTry(file);
                Databases.standard().changePassphrase(file, old, fresh, ProgressListener.NONE);
            }
        }
        root.spec.commandLine().getOut().println(root.msg("Changed the passphrase of {0}. Backups made before still "
                + "open with the old passphrase.", file));
        return 0;
    }
}

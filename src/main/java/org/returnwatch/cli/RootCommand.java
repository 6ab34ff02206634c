package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.returnwatch.store.DataLocations;
import org.returnwatch.store.Database;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "returnwatch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Records and links cases of coercive return, the agreements they run through and the "
                + "statistics published about them.", "",
            "With no command, opens the desktop window. The database is encrypted with a passphrase, "
                + "read from --passphrase-file or asked for without echo; never give it as an argument."},
        subcommands = {InitCommand.class, ListCommand.class, ShowCommand.class, ExportCommand.class,
            ImportCommand.class, DuplicatesCommand.class, ChartCommand.class, BackupCommand.class, RestoreCommand.class},
        footer = {"", "The database defaults to the user's data folder; --db or the environment variable "
                + "RETURNWATCH_DB overrides it.",
            "Exit status: 0 success, 1 failure (one line on standard error), 2 usage error."})
public final class RootCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "the database file (NAME or NAME.mv.db)")
    Path db;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "read the passphrase from the first line of FILE")
    Path passphraseFile;

    private final Map<String, String> env;
    private final PassphrasePrompt prompt;

    public RootCommand(Map<String, String> env, PassphrasePrompt prompt) {
        this.env = env;
        this.prompt = prompt;
    }

    DatabaseFile databaseFile() {
        return db != null ? DatabaseFile.of(db)
                : DataLocations.defaultDatabase(env, System.getProperty("os.name", ""),
                        Path.of(System.getProperty("user.home")));
    }

    /** The passphrase from the file, else asked for (twice when {@code confirm}). */
    Passphrase passphrase(boolean confirm) {
        if (passphraseFile != null) {
            return Passphrase.fromFile(passphraseFile);
        }
        char[] first = prompt.ask("Passphrase: ");
        if (first == null) {
            throw new CommandFailedException("no passphrase: give --passphrase-file FILE, or run in a terminal "
                    + "to be asked for it");
        }
        if (confirm) {
            char[] again = prompt.ask("Passphrase again: ");
            boolean same = again != null && Arrays.equals(first, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new CommandFailedException("the two passphrases differ; nothing was created");
            }
        }
        return Passphrase.adopt(first);
    }

    Store openStore() {
        DatabaseFile file = databaseFile();
        try (Passphrase p = passphrase(false)) {
            return new Store(Database.open(file, p));
        }
    }
}

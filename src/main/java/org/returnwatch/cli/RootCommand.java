package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.store.DataLocations;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.UnlockState;
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
            ImportCommand.class, DuplicatesCommand.class, ChartCommand.class, BackupCommand.class,
                    RestoreCommand.class, HistoryCommand.class,
            VerifyCommand.class, PassphraseCommand.class, CaseworkerCommand.class, AttachCommand.class,
            AttachmentsCommand.class, ExtractCommand.class, VerifyAttachmentsCommand.class, FollowUpCommand.class,
            FollowUpsCommand.class, DossierCommand.class, ReportCommand.class, CaseworkCommand.class,
            DetachCommand.class},
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
        return passphrase(passphraseFile, "Passphrase", confirm, "nothing was created");
    }

    /** A passphrase from {@code file}, else asked for as {@code label} (twice when {@code confirm}). */
    Passphrase passphrase(Path file, String label, boolean confirm, String unchanged) {
        if (file != null) {
            return Passphrase.fromFile(file);
        }
        char[] first = prompt.ask(label + ": ");
        if (first == null) {
            throw new CommandFailedException("no passphrase: give --passphrase-file FILE, or run in a terminal "
                    + "to be asked for it");
        }
        if (confirm) {
            char[] again = prompt.ask(label + " again: ");
            boolean same = again != null && Arrays.equals(first, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new CommandFailedException("the two passphrases differ; " + unchanged);
            }
        }
        return Passphrase.adopt(first);
    }

    Workspace openWorkspace() {
        return openWorkspace(false);
    }

    /** With {@code inspect}, a database whose history does not match its key file opens, to be reported. */
    Workspace openWorkspace(boolean inspect) {
        DatabaseFile file = databaseFile();
        try (Passphrase p = passphrase(false)) {
            waitForNextTry(file);
            return Databases.open(file, p, inspect);
        }
    }

    /** Who is working, for what they add: RETURNWATCH_CASEWORKER, else the system account's name. */
    String caseworker(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String named = env.get("RETURNWATCH_CASEWORKER");
        return named != null && !named.isBlank() ? named.strip() : System.getProperty("user.name");
    }

    /** After too many wrong passphrases in a row, waits as long as the rule says before trying this one. */
    void waitForNextTry(DatabaseFile file) {
        UnlockState state = Databases.unlockState(file);
        if (!state.mustWait()) {
            return;
        }
        long seconds = Math.max(1, (state.delay().toMillis() + 999) / 1000);
        spec.commandLine().getErr().println("returnwatch: " + state.failures() + " wrong passphrases in a row: "
                + "waiting " + seconds + " s before trying this one");
        spec.commandLine().getErr().flush();
        try {
            Thread.sleep(state.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted while waiting; nothing was tried");
        }
    }
}

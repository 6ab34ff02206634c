package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.i18n.Language;
import org.returnwatch.store.DataLocations;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.UnlockState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line's root: its options, and what every command shares (the database, the passphrase, the
 * words of this run). Every command's usage help — descriptions, footers, headings — is in picocli's resource
 * bundle, {@code resources/i18n/cli-help*.properties}, in English, Simplified and Traditional Chinese.
 */
@Command(name = "returnwatch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Words.HELP,
        subcommands = {InitCommand.class, ListCommand.class, ShowCommand.class, ExportCommand.class,
            ImportCommand.class, DuplicatesCommand.class, ChartCommand.class, BackupCommand.class,
                    RestoreCommand.class, HistoryCommand.class,
            VerifyCommand.class, PassphraseCommand.class, CaseworkerCommand.class, AttachCommand.class,
            AttachmentsCommand.class, ExtractCommand.class, VerifyAttachmentsCommand.class, FollowUpCommand.class,
            FollowUpsCommand.class, DossierCommand.class, ReportCommand.class, CaseworkCommand.class,
            DetachCommand.class})
public final class RootCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE")
    Path db;

    @Option(names = "--passphrase-file", paramLabel = "FILE")
    Path passphraseFile;

    @Option(names = "--language", paramLabel = "LANG")
    String language;

    private final Map<String, String> env;
    private final PassphrasePrompt prompt;
    private Words words = Words.in(Language.ENGLISH);

    public RootCommand(Map<String, String> env, PassphrasePrompt prompt) {
        this.env = env;
        this.prompt = prompt;
    }

    void speak(Words chosen) {
        this.words = chosen;
    }

    Words words() {
        return words;
    }

    /** What a command says, in this run's language (see {@link Words#msg}). */
    String msg(String key, Object... args) {
        return words.msg(key, args);
    }

    DatabaseFile databaseFile() {
        return db != null ? DatabaseFile.of(db)
                : DataLocations.defaultDatabase(env, System.getProperty("os.name", ""),
                        Path.of(System.getProperty("user.home")));
    }

    /** The passphrase from the file, else asked for (twice when {@code confirm}). */
    Passphrase passphrase(boolean confirm) {
        return passphrase(passphraseFile, new String[] {msg("Passphrase: "), msg("Passphrase again: ")}, confirm,
                msg("nothing was created"));
    }

    /** A passphrase from {@code file}, else asked for with {@code prompts} (the second when {@code confirm}). */
    Passphrase passphrase(Path file, String[] prompts, boolean confirm, String unchanged) {
        if (file != null) {
            return Passphrase.fromFile(file);
        }
        char[] first = prompt.ask(prompts[0]);
        if (first == null) {
            throw new CommandFailedException(msg("no passphrase: give --passphrase-file FILE, or run in a terminal "
                    + "to be asked for it"));
        }
        if (confirm) {
            char[] again = prompt.ask(prompts[1]);
            boolean same = again != null && Arrays.equals(first, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new CommandFailedException(msg("the two passphrases differ; {0}", unchanged));
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
            return Databases.open(file, p, inspect, () -> {
                spec.commandLine().getErr().println("returnwatch: " + msg("upgrading the database for this "
                        + "version, once; a large database can take many minutes"));
                spec.commandLine().getErr().flush();
            });
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
        spec.commandLine().getErr().println("returnwatch: " + msg("{0} wrong passphrases in a row: waiting {1} s "
                + "before trying this one", state.failures(), seconds));
        spec.commandLine().getErr().flush();
        try {
            Thread.sleep(state.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException(msg("interrupted while waiting; nothing was tried"));
        }
    }
}

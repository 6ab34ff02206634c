package org.returnwatch.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.returnwatch.exchange.ImportRejectedException;
import org.returnwatch.exchange.Problem;
import org.returnwatch.i18n.Language;
import org.returnwatch.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs one command line: 0 on success, 1 with one line on standard error when the command fails,
 * 2 for a usage error. No stack trace ever reaches the user.
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Speaks {@code --language}, else the language chosen in the window, else the system's. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env,
                          PassphrasePrompt prompt) {
        return run(args, out, err, env, prompt, CommandLineLanguage::windowChoice);
    }

    /** @param windowChoice the language chosen in the window, if any (tests give their own) */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env,
                          PassphrasePrompt prompt, Supplier<Optional<Language>> windowChoice) {
        RootCommand root = new RootCommand(env, prompt);
        root.speak(Words.in(CommandLineLanguage.choose(windowChoice.get(), env)));
        CommandLine cl = new CommandLine(root);
        cl.setResourceBundle(root.words().help());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(parsed -> {
            // --language is known only now; the usage help and every message after this follow it
            if (root.language != null) {
                Language chosen = Language.ofTag(root.language.strip()).orElseThrow(() ->
                        new CommandLine.ParameterException(cl, root.msg("--language: use en, zh-Hans or zh-Hant, "
                                + "not {0}", root.language)));
                root.speak(Words.in(chosen));
                cl.setResourceBundle(root.words().help());
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setParameterExceptionHandler((e, a) -> {
            Words words = spoken(root);
            err.println("returnwatch: " + ParseErrors.say(e, words));
            err.println(words.msg("Try 'returnwatch --help' for more information."));
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("returnwatch: " + message(e, root.words()));
            if (e instanceof ImportRejectedException rejected && rejected.total() > 1) {
                for (Problem p : rejected.problems()) {
                    err.println("  " + root.words().message(p));
                }
                if (rejected.total() > rejected.problems().size()) {
                    err.println("  " + root.msg("… and {0} more", rejected.total() - rejected.problems().size()));
                }
            }
            err.flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    /**
     * The words of a run that stopped before its command: those of --language when it was read and is one the
     * program speaks (picocli refuses the rest of the line after reading it), else those chosen before.
     */
    private static Words spoken(RootCommand root) {
        if (root.language == null || root.words().language().tag().equalsIgnoreCase(root.language.strip())) {
            return root.words();
        }
        return Language.ofTag(root.language.strip()).map(Words::in).orElse(root.words());
    }

    private static String message(Exception e, Words words) {
        if (e instanceof StoreException) {
            return words.message(e);
        }
        if (e instanceof CommandFailedException) {
            return e.getMessage();
        }
        LOG.debug("unexpected failure: {}", e.getClass().getName());
        return words.msg("unexpected error ({0}); nothing was changed", e.getClass().getSimpleName());
    }
}

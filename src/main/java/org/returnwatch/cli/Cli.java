package org.returnwatch.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.returnwatch.exchange.ImportRejectedException;
import org.returnwatch.exchange.Problem;
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

    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env,
                          PassphrasePrompt prompt) {
        CommandLine cl = new CommandLine(new RootCommand(env, prompt));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("returnwatch: " + e.getMessage());
            err.println("Try 'returnwatch --help' for more information.");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("returnwatch: " + message(e));
            if (e instanceof ImportRejectedException rejected && rejected.total() > 1) {
                for (Problem p : rejected.problems()) {
                    err.println("  " + p);
                }
                if (rejected.total() > rejected.problems().size()) {
                    err.println("  … and " + (rejected.total() - rejected.problems().size()) + " more");
                }
            }
            err.flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    private static String message(Exception e) {
        if (e instanceof StoreException || e instanceof CommandFailedException) {
            return e.getMessage();
        }
        LOG.debug("unexpected failure: {}", e.getClass().getName());
        return "unexpected error (" + e.getClass().getSimpleName() + "); nothing was changed";
    }
}

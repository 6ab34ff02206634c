package org.returnwatch;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.returnwatch.cli.Cli;
import org.returnwatch.cli.PassphrasePrompt;
import org.returnwatch.desktop.DesktopApp;

/**
 * Starts ReturnWatch: with a command, runs it headless and exits with its status; with none,
 * opens the desktop window. Not a JavaFX Application, so it runs from a plain classpath.
 */
public final class ReturnWatch {
    private ReturnWatch() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopApp.launchWindow(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err, System.getenv(), PassphrasePrompt.console()));
    }
}

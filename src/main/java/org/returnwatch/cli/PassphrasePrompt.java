package org.returnwatch.cli;

import java.io.Console;

/** Asks for a passphrase without echo. Tests give their own. */
@FunctionalInterface
public interface PassphrasePrompt {
    /** The characters typed, or null when there is no terminal to ask at. */
    char[] ask(String prompt);

    static PassphrasePrompt console() {
        return prompt -> {
            Console c = System.console();
            return c == null ? null : c.readPassword("%s", prompt);
        };
    }
}

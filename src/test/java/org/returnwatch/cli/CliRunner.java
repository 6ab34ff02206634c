package org.returnwatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.returnwatch.i18n.Language;

/**
 * Runs the command line in-process, as a user would type it, and captures what it prints. It runs in an
 * English system (LANG=C.UTF-8) with no language chosen in the window, unless a test says otherwise, so
 * that neither the machine's locale nor its user's preferences change what the tests read.
 */
final class CliRunner {
    record Result(int code, String out, String err) {
    }

    private final Map<String, String> env = new HashMap<>(Map.of("LANG", "C.UTF-8"));
    private PassphrasePrompt prompt = p -> null;
    private Optional<Language> windowChoice = Optional.empty();

    CliRunner env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** As if {@code chosen} had been chosen in the window (View → Language…). */
    CliRunner windowChoice(Language chosen) {
        this.windowChoice = Optional.of(chosen);
        return this;
    }

    CliRunner prompt(PassphrasePrompt p) {
        this.prompt = p;
        return this;
    }

    Result run(Object... args) {
        List<String> list = new ArrayList<>();
        for (Object a : args) {
            list.add(a instanceof Path p ? p.toString() : String.valueOf(a));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(list.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env, prompt,
                () -> windowChoice);
        return new Result(code, out.toString(), err.toString());
    }
}

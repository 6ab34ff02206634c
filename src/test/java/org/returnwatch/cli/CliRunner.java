package org.returnwatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process, as a user would type it, and captures what it prints. */
final class CliRunner {
    record Result(int code, String out, String err) {
    }

    private final Map<String, String> env = new HashMap<>();
    private PassphrasePrompt prompt = p -> null;

    CliRunner env(String key, String value) {
        env.put(key, value);
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
        int code = Cli.run(list.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env, prompt);
        return new Result(code, out.toString(), err.toString());
    }
}

package org.returnwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.returnwatch.ReturnWatch;

/**
 * Runs the command line in a child JVM, as a user starts it, with standard output and standard error
 * kept apart: what a user sees on the terminal, log lines included.
 */
final class ChildCli {
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final List<String> prefix = new ArrayList<>();
    /** The child reads preferences of its own, never the language its user chose in the window. */
    private final List<String> jvmOptions = new ArrayList<>(List.of("-Djava.util.prefs.userRoot="
            + Path.of(System.getProperty("java.io.tmpdir"), "returnwatch-test-preferences")));
    private final Map<String, String> env = new HashMap<>();

    /** Runs the JVM under another program (unshare, strace …), given as its command line. */
    ChildCli under(String... command) {
        prefix.addAll(List.of(command));
        return this;
    }

    ChildCli jvm(String option) {
        jvmOptions.add(option);
        return this;
    }

    ChildCli env(String key, String value) {
        env.put(key, value);
        return this;
    }

    static List<String> javaCommand(List<String> jvmOptions, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        return command;
    }

    Result run(Object... args) {
        return runMain(ReturnWatch.class.getName(), args);
    }

    /** Runs another main class of the program or its tests in the child JVM. */
    Result runMain(String mainClass, Object... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(javaCommand(jvmOptions, mainClass));
        for (Object a : args) {
            command.add(String.valueOf(a));
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            // English, whatever the machine's locale, unless a test sets its own
            pb.environment().remove("LC_ALL");
            pb.environment().remove("LC_MESSAGES");
            pb.environment().put("LANG", "C.UTF-8");
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> out = read(p.getInputStream());
            CompletableFuture<String> err = read(p.getErrorStream());
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the command did not finish: " + command);
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

package org.returnwatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The system calls of a child JVM as strace records them (every thread, file descriptors shown with
 * their paths). Tests that need it are skipped, saying why, where strace is missing or not allowed
 * to trace (.ci/run installs it).
 */
final class Strace {
    private Strace() {
    }

    static void assumeAvailable() {
        Assumptions.assumeTrue(BadArgumentsTest.run("strace", "-f", "-o", "/dev/null", "true") == 0,
                "strace is not installed or may not trace here (install it: apt-get install strace)");
    }

    /** A child command line that runs under strace, writing the trace of {@code syscalls} to {@code out}. */
    static ChildCli traced(Path out, String syscalls) {
        return new ChildCli().under(command(out, syscalls));
    }

    /** The strace command that traces what follows it into {@code out}. */
    static String[] command(Path out, String syscalls) {
        List<String> command = new ArrayList<>(List.of("strace", "-f", "-y", "-s", "64", "-e", "trace=" + syscalls,
                "-o", out.toString()));
        if (BadArgumentsTest.run("strace", "--seccomp-bpf", "-f", "-e", "trace=" + syscalls, "-o", "/dev/null",
                "true") == 0) {
            command.add(1, "--seccomp-bpf"); // only the traced calls stop the program: far quicker
        }
        return command.toArray(String[]::new);
    }

    static List<String> lines(Path trace) {
        try {
            return Files.readAllLines(trace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

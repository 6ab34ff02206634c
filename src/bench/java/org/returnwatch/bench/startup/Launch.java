package org.returnwatch.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.returnwatch.desktop.common.StartMarks;

/**
 * One process started and watched: the moments it writes (see {@link StartMarks}) in milliseconds
 * after the instant just before it was started, read from the same monotonic clock.
 */
final class Launch implements AutoCloseable {
    private final Process process;
    private final Path marks;
    private final long started;

    private Launch(Process process, Path marks, long started) {
        this.process = process;
        this.marks = marks;
        this.started = started;
    }

    /** Starts {@code java jvmFlags -cp classPath mainClass} with marks written to a fresh file. */
    static Launch start(List<String> jvmFlags, String classPath, String mainClass, Map<String, String> env, Path marks)
            throws IOException {
        Files.deleteIfExists(marks);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-D" + StartMarks.PROPERTY + "=" + marks);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(marks.resolveSibling("launches.log").toFile()));
        builder.environment().putAll(env);
        long t0 = System.nanoTime();
        return new Launch(builder.start(), marks, t0);
    }

    /** Milliseconds from start to {@code moment}, waiting for it up to {@code timeoutMs}. */
    double await(String moment, long timeoutMs) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (System.nanoTime() < deadline) {
            Long at = read().get(moment);
            if (at != null) {
                return (at - started) / 1e6;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the process ended (" + process.exitValue() + ") before " + moment
                        + "; see " + marks.resolveSibling("launches.log"));
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no " + moment + " within " + timeoutMs + " ms");
    }

    private Map<String, Long> read() throws IOException {
        Map<String, Long> at = new HashMap<>();
        if (Files.exists(marks)) {
            for (String line : Files.readAllLines(marks, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2) {
                    at.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        return at;
    }

    long pid() {
        return process.pid();
    }

    /** Ends the process as a window manager's close would (SIGTERM), then for good if it lingers. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}

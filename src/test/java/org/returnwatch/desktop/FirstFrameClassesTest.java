package org.returnwatch.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.ReturnWatch;
import org.returnwatch.desktop.common.StartMarks;

/**
 * The window is on screen before the libraries that only some commands need are loaded: the program is
 * started as a user starts it, in a JVM of its own (headless), and the classes it loaded before its first
 * frame are read from the JVM's own log, whose times are those of {@code System.nanoTime()} as the marks' are.
 * Each of these libraries took a tenth of a second or more of the start when it was loaded before the window.
 */
class FirstFrameClassesTest {
    /** A class of each library that only a command the user chooses needs. */
    private static final List<String> NOT_BEFORE_THE_WINDOW = List.of(
            "com.fasterxml.jackson.databind.ObjectMapper", // JSON: export, import, column mappings
            "org.jfree.chart.JFreeChart", // charts
            "org.apache.pdfbox.pdmodel.PDDocument", // PDFs
            "com.openhtmltopdf.pdfboxout.PdfRendererBuilder", // the case file
            "org.apache.commons.csv.CSVFormat"); // CSV

    @TempDir
    Path dir;

    @Test
    void theLibrariesOfSingleCommandsAreNotLoadedBeforeTheFirstFrame() throws Exception {
        Path log = dir.resolve("classes.log");
        Path marks = dir.resolve("marks.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load:file=" + log + ":tn", "-D" + StartMarks.PROPERTY + "=" + marks,
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs")));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "headless.geometry")) {
            command.add("-D" + p + "=" + System.getProperty(p, ""));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReturnWatch.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("RETURNWATCH_DB", dir.resolve("db").resolve("returnwatch.db").toString());
        Process p = pb.start();
        long shown;
        try {
            shown = awaitMark(marks, "window-shown", p);
        } finally {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        List<String> before = loadedBefore(log, shown);
        assertThat(before).as("the window's own classes were loaded").contains(DesktopApp.class.getName());
        assertThat(before).doesNotContainAnyElementsOf(NOT_BEFORE_THE_WINDOW);
    }

    /** The System.nanoTime() of the mark, once the program has written it. */
    private static long awaitMark(Path marks, String name, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Optional<Long> at = mark(marks, name);
            if (at.isPresent()) {
                return at.get();
            }
            if (!p.isAlive()) {
                throw new AssertionError("the program ended (" + p.exitValue() + ") before its first frame");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no first frame within two minutes");
    }

    private static Optional<Long> mark(Path marks, String name) throws IOException {
        if (!Files.exists(marks)) {
            return Optional.empty();
        }
        return Files.readAllLines(marks, StandardCharsets.UTF_8).stream().map(l -> l.split(" "))
                .filter(f -> f.length == 2 && f[0].equals(name)).map(f -> Long.parseLong(f[1])).findFirst();
    }

    /** Lines such as "[123456789ns] java.lang.Object source: shared objects file". */
    private static List<String> loadedBefore(Path log, long nanos) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int end = line.indexOf("ns]");
            if (line.startsWith("[") && end > 0 && Long.parseLong(line.substring(1, end)) < nanos) {
                out.add(line.substring(end + 3).trim().split(" ")[0]);
            }
        }
        return out;
    }
}

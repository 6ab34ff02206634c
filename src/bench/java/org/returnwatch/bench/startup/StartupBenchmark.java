package org.returnwatch.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.returnwatch.ReturnWatch;
import org.returnwatch.app.Databases;
import org.returnwatch.store.KeyDerivationTime;

/**
 * The window's start against the smallest JavaFX window's, both launched as processes the same way
 * (same JVM, same class path, same flags) and alternately, N times each: from the instant before the
 * process is started to the first frame of its window (a mark each writes, {@code StartMarks}). Then
 * ReturnWatch's unlock: the passphrase typed into the real window (xdotool), and the time from the
 * unlock's start to the first screen's data on screen, less one key derivation measured here.
 * Needs a display (Xvfb) and xdotool. Options: {@code -n N} launches per side, {@code -unlock N}
 * unlocks, {@code -sides a,b} among smallest, form (the least passphrase screen, {@link SmallestForm}),
 * returnwatch, and each of them with "-cds" (with an application class-data-sharing archive each, made by a
 * training run when missing),
 * {@code -jar FILE} the ReturnWatch jar to run, {@code -o FILE} the JSON results, {@code -before FILE} an
 * earlier ReturnWatch jar, run as the side "before" (list it in {@code -sides}), for a change measured
 * against what it changed in the same run.
 */
public final class StartupBenchmark {
    private static final String SMALLEST = SmallestWindow.class.getName();
    private static final String FORM = SmallestForm.class.getName();
    private static final String APP = ReturnWatch.class.getName();
    private static final String PASSPHRASE = "a synthetic passphrase for the start-up benchmark";
    private static final long TIMEOUT_MS = 120_000;

    private final Path work;
    private final String classPath;
    private final Path database;
    /** The class path of the side "before": an earlier ReturnWatch jar with the benchmark's own; null if none. */
    private String beforeClassPath;

    private StartupBenchmark(Path work, String classPath) {
        this.work = work;
        this.classPath = classPath;
        this.database = work.resolve("db").resolve("returnwatch.db");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int n = Integer.parseInt(o.getOrDefault("n", "5"));
        int unlocks = Integer.parseInt(o.getOrDefault("unlock", "3"));
        List<String> sides = Arrays.asList(o.getOrDefault("sides", "smallest,returnwatch").split(","));
        Path jar = Path.of(o.getOrDefault("jar", Files.exists(Path.of("target/bench/returnwatch.jar"))
                ? "target/bench/returnwatch.jar" : "target/returnwatch.jar"));
        Path own = Path.of(SmallestWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path work = Path.of(o.getOrDefault("work", "target/bench/startup")).toAbsolutePath();
        Files.createDirectories(work);
        // class-data sharing accepts jars only on the class path, not folders: the reference goes in a jar of its own
        Path ownJar = jarOf(own, work.resolve("startup-bench.jar"));
        StartupBenchmark b = new StartupBenchmark(work, jar.toAbsolutePath() + java.io.File.pathSeparator + ownJar);
        if (o.containsKey("before")) {
            b.beforeClassPath = Path.of(o.get("before")).toAbsolutePath() + java.io.File.pathSeparator + ownJar;
        }
        b.run(n, unlocks, sides, Path.of(o.getOrDefault("o", "target/startup-results.json")));
    }

    /** The start-up benchmark's own classes (the reference window, the key derivation) as a jar. */
    private static Path jarOf(Path classes, Path jar) throws IOException {
        if (Files.exists(jar) && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(classes
                .resolve("org/returnwatch/bench/startup/SmallestWindow.class"))) > 0) {
            return jar.toAbsolutePath(); // as it was: an archive made with it stays valid
        }
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             java.util.stream.Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = classes.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                if (Files.isRegularFile(f) && (name.startsWith("org/returnwatch/bench/startup/")
                        || name.equals("org/returnwatch/store/KeyDerivationTime.class"))) {
                    out.putNextEntry(new java.util.jar.JarEntry(name));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
        return jar.toAbsolutePath();
    }

    private void run(int n, int unlocks, List<String> sides, Path results) throws Exception {
        String loadBefore = load();
        if (!Databases.standard().exists(database)) {
            Files.createDirectories(database.getParent());
            Databases.standard().create(database, PASSPHRASE.toCharArray()).close();
        }
        Files.writeString(work.resolve("passphrase.txt"), PASSPHRASE, StandardCharsets.UTF_8);
        for (String side : sides) {
            if (side.endsWith("-cds") && !fresh(archive(side))) {
                train(side);
            }
        }
        Map<String, List<Double>> shown = new LinkedHashMap<>();
        sides.forEach(s -> shown.put(s, new ArrayList<>()));
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < sides.size(); k++) {
                String side = sides.get((i + k) % sides.size());
                try (Launch l = launch(side, "run")) {
                    double ms = l.await("window-shown", TIMEOUT_MS);
                    shown.get(side).add(ms);
                    System.out.printf(Locale.ROOT, "round %d %-16s first frame %6.0f ms%n", i + 1, side, ms);
                }
            }
        }
        String appSide = sides.contains("returnwatch-cds") ? "returnwatch-cds" : "returnwatch";
        List<double[]> unlocked = new ArrayList<>();
        List<Double> kdfs = new ArrayList<>();
        for (int i = 0; i < unlocks; i++) {
            kdfs.add(coldKeyDerivation());
            unlocked.add(unlock(appSide));
            double[] u = unlocked.get(i);
            System.out.printf(Locale.ROOT, "unlock %d (%s): submitted → database open %.0f ms, open → data on screen "
                    + "%.0f ms, submitted → data on screen %.0f ms%n", i + 1, appSide, u[0], u[1], u[0] + u[1]);
        }
        double kdf = median(kdfs);
        System.out.printf(Locale.ROOT, "one key derivation in a JVM just started: %s ms; warm: %.0f ms%n", kdfs,
                unlocks > 0 ? KeyDerivationTime.millis(3) : Double.NaN);
        String loadAfter = load();
        report(shown, unlocked, kdf, loadBefore, loadAfter, results);
    }

    private Launch launch(String side, String what) throws IOException {
        List<String> flags = new ArrayList<>(List.of("-Dfile.encoding=UTF-8"));
        if (side.endsWith("-cds")) {
            flags.add("-XX:SharedArchiveFile=" + archive(side));
        }
        return start(side, flags, what);
    }

    private Launch start(String side, List<String> flags, String what) throws IOException {
        String main = side.startsWith("smallest") ? SMALLEST : side.startsWith("form") ? FORM : APP;
        return Launch.start(flags, side.equals("before") ? beforeClassPath : classPath, main, Map.of("RETURNWATCH_DB", database.toString()),
                work.resolve(what + ".marks"));
    }

    /** An archive made before a jar of the class path was written would be refused by the JVM: made again. */
    private boolean fresh(Path archive) throws IOException {
        if (!Files.exists(archive)) {
            return false;
        }
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (Files.getLastModifiedTime(Path.of(entry)).compareTo(Files.getLastModifiedTime(archive)) > 0) {
                return false;
            }
        }
        return true;
    }

    private Path archive(String side) {
        return work.resolve(side + ".jsa");
    }

    /**
     * The side's archive made as installer/package.sh makes the shipped one: a training run writes the
     * classes it loads (through the unlock for ReturnWatch) to a class list, from which a static archive
     * is dumped for this class path.
     */
    private void train(String side) throws Exception {
        Path list = work.resolve(side + ".classlist");
        Files.deleteIfExists(archive(side));
        Files.deleteIfExists(list);
        List<String> flags = List.of("-Dfile.encoding=UTF-8", "-XX:DumpLoadedClassList=" + list);
        try (Launch l = start(side, flags, "train")) {
            l.await("window-shown", TIMEOUT_MS);
            if (side.startsWith("returnwatch")) {
                typePassphrase(l);
                l.await("data-shown", TIMEOUT_MS);
            }
        }
        List<String> dump = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive(side),
                "-cp", classPath);
        Process p = new ProcessBuilder(dump).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("launches.log").toFile())).start();
        if (p.waitFor() != 0 || !Files.exists(archive(side))) {
            throw new IllegalStateException("no archive " + archive(side) + "; see " + work.resolve("launches.log"));
        }
    }

    /** Milliseconds from the unlock's start to the database open, and from then to the data on screen. */
    private double[] unlock(String side) throws Exception {
        try (Launch l = launch(side, "unlock")) {
            l.await("window-shown", TIMEOUT_MS);
            typePassphrase(l);
            double data = l.await("data-shown", TIMEOUT_MS);
            double submitted = l.await("unlock-submitted", 0 + 1000);
            double open = l.await("unlocked", 1000);
            return new double[] {open - submitted, data - open};
        }
    }

    /** One key derivation as an unlock pays it: the first in a JVM just started, on the same class path. */
    private double coldKeyDerivation() throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", classPath, KeyDerivationTime.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return Double.parseDouble(out);
    }

    private void typePassphrase(Launch l) throws IOException, InterruptedException {
        l.await("passphrase-asked", TIMEOUT_MS); // the window looks for the database before it takes one
        Thread.sleep(300);
        String window = xdotool("search", "--sync", "--onlyvisible", "--pid", Long.toString(l.pid()), "--name", "ReturnWatch").trim()
                .split("\\s+")[0];
        xdotool("windowfocus", "--sync", window);
        // a click in the passphrase field (the middle of the window) gives it the keyboard as a user would
        Map<String, String> size = new java.util.HashMap<>();
        for (String line : xdotool("getwindowgeometry", "--shell", window).split("\n")) {
            String[] kv = line.trim().split("=", 2);
            if (kv.length == 2) {
                size.put(kv[0], kv[1]);
            }
        }
        xdotool("mousemove", "--window", window, Integer.toString(Integer.parseInt(size.get("WIDTH")) / 2),
                Integer.toString(Integer.parseInt(size.get("HEIGHT")) / 2), "click", "1");
        xdotool("type", "--delay", "5", "--file", work.resolve("passphrase.txt").toString());
        xdotool("key", "Return");
    }

    private static String xdotool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("xdotool " + String.join(" ", args) + ": " + out);
        }
        return out;
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    }

    private static void report(Map<String, List<Double>> shown, List<double[]> unlocked, double kdf,
                               String loadBefore, String loadAfter, Path results) throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"loadAverage\": [" + loadBefore + ", " + loadAfter + "],\n");
        json.append("  \"firstFrameMs\": {");
        System.out.printf(Locale.ROOT, "%nload average %s before, %s after%n", loadBefore, loadAfter);
        double ref = median(shown.getOrDefault("smallest", List.of()));
        double refCds = median(shown.getOrDefault("smallest-cds", List.of()));
        String sep = "";
        for (Map.Entry<String, List<Double>> e : shown.entrySet()) {
            double m = median(e.getValue());
            System.out.printf(Locale.ROOT, "%-16s first frame: median %5.0f ms, min %5.0f, max %5.0f; %.2f× the "
                    + "smallest window%s%n", e.getKey(), m, min(e.getValue()), max(e.getValue()), m / ref,
                    e.getKey().endsWith("-cds") && !e.getKey().startsWith("smallest") && !Double.isNaN(refCds)
                            ? String.format(Locale.ROOT, " (%.2f× it with its own archive)", m / refCds) : "");
            json.append(sep).append("\n    \"").append(e.getKey()).append("\": ").append(e.getValue());
            sep = ",";
        }
        json.append("\n  },\n  \"keyDerivationMs\": ").append(String.format(Locale.ROOT, "%.0f", kdf));
        json.append(",\n  \"unlock\": [");
        sep = "";
        List<Double> dataAfterKdf = new ArrayList<>();
        for (double[] u : unlocked) {
            json.append(sep).append(String.format(Locale.ROOT, "{\"submittedToOpenMs\": %.0f, \"openToDataMs\": %.0f}",
                    u[0], u[1]));
            sep = ", ";
            dataAfterKdf.add(u[0] + u[1] - kdf);
        }
        json.append("]\n}\n");
        if (!unlocked.isEmpty()) {
            System.out.printf(Locale.ROOT, "data on screen after the passphrase, key derivation (%.0f ms) taken out: "
                    + "median %.0f ms, min %.0f, max %.0f (goal ≤ 1500)%n", kdf, median(dataAfterKdf),
                    min(dataAfterKdf), max(dataAfterKdf));
        }
        Files.writeString(results, json.toString(), StandardCharsets.UTF_8);
        System.out.println("results: " + results);
    }

    private static double median(List<Double> v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int k = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(k) : (s.get(k - 1) + s.get(k)) / 2;
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^-+", ""), args[i + 1]);
        }
        return o;
    }
}

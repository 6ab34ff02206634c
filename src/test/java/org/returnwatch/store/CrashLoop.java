package org.returnwatch.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.returnwatch.ReturnWatch;
import org.returnwatch.domain.Case;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.SyntheticCases;
import org.returnwatch.seed.SeedDataset;
import org.returnwatch.work.ProgressListener;

/**
 * Kills the program with SIGKILL at random moments of a save, an import, a backup, a restore and a
 * passphrase change, and checks each time what a user would find on starting it again. Run on
 * purpose, never as a test (scripts/crash-loop.sh): {@code java -cp … org.returnwatch.store.CrashLoop RUNS [SEED]}.
 *
 * <p>After every kill: the database must open again (with the old or the new passphrase, never
 * neither), its history chain and every record must verify, every save reported before the kill
 * must be there, an import must be all there or not at all, and nothing may be left beside the
 * database or the backup once it has opened.
 */
public final class CrashLoop {
    enum Scenario { SAVE, IMPORT, BACKUP, RESTORE, PASSPHRASE }

    /** What the runs of one scenario found. */
    static final class Tally {
        int runs;
        int killed;
        int reopened;
        int chainIntact;
        long confirmedSaves;
        long confirmedSavesKept;
        int halfImports;
        int leftovers;
        final List<String> failures = new ArrayList<>();
    }

    private static final int IMPORT_CASES = 1_500;
    private static final String[] PASSPHRASES = {"crash loop passphrase one", "crash loop passphrase two"};

    private final Path work;
    private final DatabaseFile db;
    /** A backup made with each passphrase: a restore needs the one that opens the current database too. */
    private final Path[] backups = new Path[2];
    private final int[] backupRecords = {-1, -1};
    private final Path importDoc;
    private final Path[] passphraseFiles = new Path[2];
    private final Random random;
    private final Map<Scenario, Tally> tallies = new EnumMap<>(Scenario.class);
    private final Map<Scenario, Long> typicalMillis = new EnumMap<>(Scenario.class);
    private int current;
    private int importRun;

    CrashLoop(Path work, long seed) throws Exception {
        this.work = work;
        this.random = new Random(seed);
        Path folder = Files.createDirectories(work.resolve("db"));
        db = new DatabaseFile(folder.resolve("crash.mv.db"));
        backups[0] = work.resolve("crash-0.rwbackup");
        backups[1] = work.resolve("crash-1.rwbackup");
        for (int i = 0; i < 2; i++) {
            passphraseFiles[i] = Files.writeString(work.resolve("pw" + i), PASSPHRASES[i] + "\n");
        }
        try (Passphrase p = passphrase(0); Store store = new Store(Database.create(db, p, TestDatabases.FAST))) {
            new SeedDataset(new JsonExchange()).loadInto(store);
            Backups.backup(store.database(), p, backups[0], ProgressListener.NONE);
        }
        importDoc = SyntheticCases.write(work.resolve("import.json"), IMPORT_CASES);
        for (Scenario s : Scenario.values()) {
            tallies.put(s, new Tally());
        }
    }

    private Passphrase passphrase(int which) {
        return Passphrase.adopt(PASSPHRASES[which].toCharArray());
    }

    private List<String> command(Scenario s) {
        String pw = passphraseFiles[current].toString();
        List<String> base = List.of("--db", db.dataFile().toString(), "--passphrase-file", pw);
        List<String> c = new ArrayList<>();
        switch (s) {
            case SAVE -> {
                return java(SaveLoop.class.getName(), List.of(db.dataFile().toString(), pw));
            }
            case IMPORT -> {
                // each import brings new records: the same document under fresh identities
                c.addAll(base);
                c.addAll(List.of("import", freshImport().toString()));
            }
            case BACKUP -> {
                c.addAll(base);
                c.addAll(List.of("backup", "--out", work.resolve("latest.rwbackup").toString()));
            }
            case RESTORE -> {
                c.addAll(base);
                c.addAll(List.of("restore", backupFor(current).toString()));
            }
            case PASSPHRASE -> {
                c.addAll(base);
                c.addAll(List.of("passphrase", "--new-passphrase-file", passphraseFiles[1 - current].toString()));
            }
        }
        return java(ReturnWatch.class.getName(), c);
    }

    private Path backupFor(int which) {
        if (!Files.exists(backups[which])) {
            try (Passphrase p = passphrase(which); Store store = new Store(Database.open(db, p))) {
                Backups.backup(store.database(), p, backups[which], ProgressListener.NONE);
            }
        }
        return backups[which];
    }

    private Path freshImport() {
        try {
            importRun++;
            String text = Files.readString(importDoc).replace("Synthetic Person ", "Import " + importRun + " Person ")
                    .replace("\"RW-C-", "\"RW-C-" + importRun).replace("\"RW-I-", "\"RW-I-" + importRun);
            return Files.writeString(work.resolve("import-now.json"), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> java(String main, List<String> args) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main));
        c.addAll(args);
        return c;
    }

    void run(int runs) throws Exception {
        for (Scenario s : Scenario.values()) {
            typicalMillis.put(s, s == Scenario.SAVE ? 3_000L : timeUnkilled(s));
        }
        for (int i = 0; i < runs; i++) {
            Scenario s = Scenario.values()[i % Scenario.values().length];
            once(s, (long) (random.nextDouble() * typicalMillis.get(s)));
            if ((i + 1) % 25 == 0) {
                System.err.println((i + 1) + " runs done\n" + table());
            }
        }
    }

    /** How long the command takes when nothing kills it; kills are spread over that time. */
    private long timeUnkilled(Scenario s) throws Exception {
        long start = System.nanoTime();
        once(s, Long.MAX_VALUE);
        return Math.max(500, (System.nanoTime() - start) / 1_000_000);
    }

    private void once(Scenario s, long killAfterMillis) throws Exception {
        Tally t = tallies.get(s);
        t.runs++;
        State before = s == Scenario.IMPORT || s == Scenario.RESTORE ? state() : new State(-1, -1);
        Process p = new ProcessBuilder(command(s)).redirectErrorStream(false).start();
        CompletableFuture<Void> firstSave = new CompletableFuture<>();
        CompletableFuture<String> out = s == Scenario.SAVE ? readSaves(p.getInputStream(), firstSave)
                : read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        if (s == Scenario.SAVE) {
            // the kill falls among the saves, not in the program's start
            firstSave.get(5, TimeUnit.MINUTES);
        }
        boolean finished = killAfterMillis == Long.MAX_VALUE ? p.waitFor(10, TimeUnit.MINUTES)
                : p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor();
            t.killed++;
        }
        String printed = out.join();
        check(s, t, before, printed, finished ? p.exitValue() : -9, err.join());
    }

    /** What the database held before the run: the records' count and the imports' cases. */
    private record State(int records, long importedCases) {
    }

    private State state() {
        try (Passphrase p = passphrase(current); Store store = new Store(Database.open(db, p))) {
            return new State(total(store), countImported(store));
        }
    }

    private static int total(Store store) {
        return store.read(store::counts).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static long countImported(Store store) {
        return store.<List<Case>>read(tx -> store.cases().all(tx)).stream()
                .filter(c -> c.name().startsWith("Import ")).count();
    }

    private void check(Scenario s, Tally t, State before, String printed, int exit, String err) {
        int restoreWith = current;
        List<Integer> opening = new ArrayList<>();
        for (int which : new int[] {current, 1 - current}) {
            try (Passphrase p = passphrase(which); Store store = new Store(Database.open(db, p))) {
                opening.add(which);
                if (opening.size() > 1) {
                    continue;
                }
                VerifyReport report = store.verify();
                if (report.intact()) {
                    t.chainIntact++;
                } else {
                    t.failures.add(s + ": verify: " + report.firstProblem());
                }
                if (s == Scenario.SAVE) {
                    savesKept(store, t, printed);
                }
                if (s == Scenario.IMPORT) {
                    long added = countImported(store) - before.importedCases();
                    if (added != 0 && added != IMPORT_CASES) {
                        t.halfImports++;
                        t.failures.add("IMPORT: " + added + " of " + IMPORT_CASES + " cases");
                    }
                }
                if (s == Scenario.RESTORE) {
                    int now = total(store);
                    if (now != before.records() && now != backupRecords(restoreWith)) {
                        t.failures.add("RESTORE: " + now + " records, neither the " + before.records()
                                + " before nor the backup's " + backupRecords(restoreWith));
                    }
                }
            } catch (WrongPassphraseException e) {
                // the other passphrase is tried: exactly one must open it
            } catch (RuntimeException e) {
                t.failures.add(s + ": opening: " + e.getMessage());
            }
        }
        if (opening.size() == 1) {
            t.reopened++;
            current = opening.get(0);
        } else {
            t.failures.add(s + ": " + (opening.isEmpty() ? "no passphrase opens it" : "both passphrases open it")
                    + " (exit " + exit + ", " + err.strip() + ")");
        }
        t.leftovers += leftovers(s);
        if (s == Scenario.IMPORT) {
            keepSmall();
        }
    }

    /**
     * Imports pile up (most restores are killed before they replace anything), and a larger database
     * only makes each run slower: past a few imports the database is put back to its backup.
     */
    private void keepSmall() {
        long imported;
        try (Passphrase p = passphrase(current); Store store = new Store(Database.open(db, p))) {
            imported = countImported(store);
        }
        if (imported > 2 * IMPORT_CASES) {
            try (Passphrase p = passphrase(current)) {
                Backups.restore(backupFor(current), db, p, ProgressListener.NONE);
            }
        }
    }

    /** How many records the backup made with this passphrase holds, restored once into a scratch database. */
    private int backupRecords(int which) {
        if (backupRecords[which] < 0) {
            try (Passphrase p = passphrase(which)) {
                DatabaseFile check = new DatabaseFile(work.resolve("check").resolve("check-" + which + ".mv.db"));
                Backups.restore(backups[which], check, p, ProgressListener.NONE);
                try (Store s = new Store(Database.open(check, p))) {
                    // the restore itself adds no record, only a history entry
                    backupRecords[which] = total(s);
                }
            }
        }
        return backupRecords[which];
    }

    private static void savesKept(Store store, Tally t, String printed) {
        List<UUID> confirmed = printed.lines().filter(l -> l.startsWith("saved "))
                .map(l -> UUID.fromString(l.substring(6)))
                .toList();
        t.confirmedSaves += confirmed.size();
        for (UUID id : confirmed) {
            if (store.<Boolean>read(tx -> store.cases().find(tx, id).isPresent())) {
                t.confirmedSavesKept++;
            } else {
                t.failures.add("SAVE: a confirmed save is missing");
            }
        }
    }

    /** Files beside the database or the backups that are not the database, its key file or a finished backup. */
    private int leftovers(Scenario s) {
        int n = 0;
        for (Path folder : List.of(db.dataFile().getParent(), work)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".part") || name.contains("-restoring-") || name.contains("-rekeying-")
                            || name.endsWith(".tmp")) {
                        n++;
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return n;
    }

    private static CompletableFuture<String> readSaves(java.io.InputStream in, CompletableFuture<Void> first) {
        return CompletableFuture.supplyAsync(() -> {
            StringBuilder all = new StringBuilder();
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    all.append(line).append('\n');
                    first.complete(null);
                }
            } catch (IOException e) {
                // the process was killed
            }
            first.complete(null);
            return all.toString();
        });
    }

    private static CompletableFuture<String> read(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    String table() {
        StringBuilder b = new StringBuilder();
        b.append("| scenario | runs | killed mid-way | reopened | history and records verify | confirmed saves kept "
                + "| half-imports | files left after reopening |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        Tally all = new Tally();
        for (Map.Entry<Scenario, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            b.append(row(e.getKey().name().toLowerCase(Locale.ROOT), t));
            all.runs += t.runs;
            all.killed += t.killed;
            all.reopened += t.reopened;
            all.chainIntact += t.chainIntact;
            all.confirmedSaves += t.confirmedSaves;
            all.confirmedSavesKept += t.confirmedSavesKept;
            all.halfImports += t.halfImports;
            all.leftovers += t.leftovers;
            all.failures.addAll(t.failures);
        }
        b.append(row("**all**", all));
        all.failures.forEach(f -> b.append("\nFAILURE: ").append(f));
        return b.toString();
    }

    private static String row(String name, Tally t) {
        String saves = t.confirmedSaves == 0 ? "–" : t.confirmedSavesKept + " of " + t.confirmedSaves;
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %d | %d |%n", name, t.runs, t.killed,
                t.reopened, t.chainIntact, saves, t.halfImports, t.leftovers);
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path work = Files.createTempDirectory("crash-loop");
        CrashLoop loop = new CrashLoop(work, seed);
        long start = System.nanoTime();
        loop.run(runs);
        System.out.println(loop.table());
        System.out.printf(Locale.ROOT, "%n%d runs (+%d unkilled to time them), seed %d, %.0f s, in %s%n", runs,
                Scenario.values().length - 1, seed, (System.nanoTime() - start) / 1e9, work);
    }
}

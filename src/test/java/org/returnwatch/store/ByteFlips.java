package org.returnwatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.seed.SeedDataset;

/**
 * Flips bytes of a closed database file, one offset at a time, and sorts what each flip does when
 * the database is opened, exported whole and verified: harmless (the export is identical and verify
 * finds nothing), detected (opening, reading or verify reports damage), or silent (the export reads
 * different data and nothing said so). Run by {@code ByteFlipTest}, and on purpose with more flips:
 * {@code java -cp … org.returnwatch.store.ByteFlips FLIPS [SEED]}.
 */
public final class ByteFlips {
    enum Outcome { HARMLESS, DETECTED_AT_OPENING, DETECTED_WHEN_READ, DETECTED_BY_VERIFY, SILENT, UNEXPECTED }

    record Result(Map<Outcome, Integer> counts, List<String> silent, List<String> unexpected, long fileBytes) {
    }

    private final Path work;
    private final Path pristineFolder;
    private String pristineExport;

    ByteFlips(Path work) throws Exception {
        this.work = work;
        this.pristineFolder = Files.createDirectories(work.resolve("pristine"));
        try (Store store = TestDatabases.create(pristineFolder)) {
            new SeedDataset(new JsonExchange()).loadInto(store);
        }
        try (Store store = TestDatabases.open(pristineFolder)) {
            pristineExport = export(store);
        }
    }

    private static String export(Store store) throws Exception {
        JsonExchange json = new JsonExchange();
        return json.mapper().writeValueAsString(json.exportDocument(store));
    }

    Result run(int flips, long seed) throws Exception {
        DatabaseFile pristine = TestDatabases.file(pristineFolder);
        byte[] bytes = Files.readAllBytes(pristine.dataFile());
        Random random = new Random(seed);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        List<String> silent = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        Path folder = Files.createDirectories(work.resolve("flipped"));
        DatabaseFile flipped = TestDatabases.file(folder);
        for (int i = 0; i < flips; i++) {
            int offset = random.nextInt(bytes.length);
            byte[] copy = bytes.clone();
            copy[offset] ^= (byte) (1 + random.nextInt(255));
            Files.write(flipped.dataFile(), copy);
            Files.copy(pristine.keyFile(), flipped.keyFile(), StandardCopyOption.REPLACE_EXISTING);
            Outcome o = outcome(folder);
            counts.merge(o, 1, Integer::sum);
            if (o == Outcome.SILENT) {
                silent.add("offset " + offset);
            } else if (o == Outcome.UNEXPECTED) {
                unexpected.add("offset " + offset + ": " + lastUnexpected);
            }
        }
        return new Result(counts, silent, unexpected, bytes.length);
    }

    private String lastUnexpected;

    private Outcome outcome(Path folder) throws Exception {
        Store store;
        try {
            store = TestDatabases.open(folder);
        } catch (StoreException e) {
            return Outcome.DETECTED_AT_OPENING;
        } catch (RuntimeException e) {
            lastUnexpected = "opening: " + e;
            return Outcome.UNEXPECTED;
        }
        try (store) {
            String exported;
            try {
                exported = export(store);
            } catch (StoreException e) {
                return Outcome.DETECTED_WHEN_READ;
            } catch (RuntimeException e) {
                lastUnexpected = "reading: " + e;
                return Outcome.UNEXPECTED;
            }
            boolean verified;
            try {
                verified = store.verify().intact();
            } catch (StoreException e) {
                verified = false;
            }
            if (!exported.equals(pristineExport)) {
                return Outcome.SILENT;
            }
            return verified ? Outcome.HARMLESS : Outcome.DETECTED_BY_VERIFY;
        } catch (StoreException e) {
            return Outcome.DETECTED_WHEN_READ;
        }
    }

    public static void main(String[] args) throws Exception {
        int flips = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 11;
        Path work = Files.createTempDirectory("byte-flips");
        Result r = new ByteFlips(work).run(flips, seed);
        System.out.println("file of " + r.fileBytes() + " bytes, " + flips + " flips (seed " + seed + ")");
        r.counts().forEach((k, v) -> System.out.println(k + "\t" + v));
        r.silent().forEach(s -> System.out.println("SILENT " + s));
        r.unexpected().forEach(s -> System.out.println("UNEXPECTED " + s));
        try (var all = Files.walk(work)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

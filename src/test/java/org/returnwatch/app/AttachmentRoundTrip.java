package org.returnwatch.app;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * One large file through the whole life of evidence: taken in, backed up, restored into a new
 * database, written out again. Run in a JVM of its own with a small heap (-Xmx) by
 * {@code AttachmentHeapTest} and by {@code scripts/attachment-roundtrip.sh}, so that it proves the file
 * was streamed, never held in memory. Prints the SHA-256 of the file written out and the time of
 * each step.
 *
 * <p>Arguments: a working folder, the file's size in MB.
 */
public final class AttachmentRoundTrip {
    private AttachmentRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        Path original = dir.resolve("evidence.bin");
        long t0 = System.nanoTime();
        String written = writeFile(original, bytes);
        long t1 = System.nanoTime();
        Path backup = dir.resolve("all.rwbackup");
        Attachment a;
        Path first = Files.createDirectories(dir.resolve("first"));
        try (Workspace ws = TestWorkspaces.of(TestDatabases.create(first))) {
            Store store = TestWorkspaces.store(ws);
            store.write(tx -> store.cases().insert(tx, org.returnwatch.domain.Case.named("Owner")));
            a = ws.attachments().attach(new Reference(org.returnwatch.domain.RecordKind.CASE, 1), original, "large",
                    "test");
            long t2 = System.nanoTime();
            log("attach", t1, t2);
            ws.transfers().backup(backup, TestDatabases.PASSPHRASE.toCharArray(), ProgressListener.NONE);
            log("backup", t2, System.nanoTime());
        }
        Files.delete(original);
        Path second = Files.createDirectories(dir.resolve("second"));
        long t3 = System.nanoTime();
        Databases.Restored r = new Databases(TestDatabases.FAST).restore(null,
                TestDatabases.file(second).dataFile(), backup, TestDatabases.PASSPHRASE.toCharArray(),
                ProgressListener.NONE);
        if (r.failure() != null) {
            throw r.failure();
        }
        log("restore", t3, System.nanoTime());
        Path out = dir.resolve("extracted.bin");
        try (Workspace ws = r.reopened()) {
            long t4 = System.nanoTime();
            Attachments.Extracted e = ws.attachments().extract(a.ref(), out);
            log("extract", t4, System.nanoTime());
            System.out.println("intake " + a.sha256());
            System.out.println("generated " + written);
            System.out.println("extracted " + sha256(out));
            System.out.println("maxHeapMB " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
            if (!e.sha256().equals(written)) {
                System.exit(3);
            }
        }
        log("total", t0, System.nanoTime());
    }

    private static void log(String step, long from, long to) {
        System.out.printf("%s %.1f s%n", step, (to - from) / 1e9);
    }

    /** A file of pseudo-random bytes (they do not compress, as photos and videos do not), and its SHA-256. */
    static String writeFile(Path file, long size) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        SplittableRandom random = new SplittableRandom(42);
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= block.length) {
                for (int i = 0; i < block.length; i += 8) {
                    long v = random.nextLong();
                    for (int k = 0; k < 8; k++) {
                        block[i + k] = (byte) (v >>> (8 * k));
                    }
                }
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                md.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = new byte[1 << 16];
            for (int n = in.read(b); n >= 0; n = in.read(b)) {
                md.update(b, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

}

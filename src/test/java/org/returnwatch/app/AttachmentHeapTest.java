package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file goes in, through a backup and a restore, and out again with the same SHA-256, in a JVM whose
 * heap could not hold the backup's text of it (H2 itself needs about 64 MB): it was streamed at every
 * step, never held in memory. About a minute on 2 cores. The 200 MB file in a 256 MB
 * heap is {@code scripts/attachment-roundtrip.sh} (minutes; results in docs/attachments.md).
 */
class AttachmentHeapTest {
    static final int FILE_MB = 40;
    static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void aFileLargerThanTheHeapRoundTripsThroughABackupWithTheSameFingerprint() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(List.of(java.toString(), HEAP, "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                AttachmentRoundTrip.class.getName(), dir.toString(), String.valueOf(FILE_MB)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as(out).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("OutOfMemoryError");
        String generated = line(out, "generated ");
        assertThat(generated).hasSize(64);
        assertThat(line(out, "intake ")).isEqualTo(generated);
        assertThat(line(out, "extracted ")).isEqualTo(generated);
        long heapMb = Long.parseLong(line(out, "maxHeapMB "));
        // the backup carries the file as hex text, twice its size: more than the whole heap
        assertThat(heapMb).as("the child's heap").isLessThan(2L * FILE_MB);
        assertThat(new File(dir.toFile(), "extracted.bin")).hasSize(FILE_MB * 1024L * 1024L);
    }

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                .findFirst().orElse("");
    }
}

package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flipped byte anywhere in a closed database file is either harmless (the whole export is
 * identical and verify finds nothing) or detected (at opening, when the record is read, or by
 * verify); it never changes what is read without a word. {@link ByteFlips} runs the flips; more of
 * them are run on purpose (docs/crash-safety.md).
 */
class ByteFlipTest {
    private static final int FLIPS = 40;

    @TempDir
    Path dir;

    @Test
    void noFlippedByteSilentlyChangesWhatIsRead() throws Exception {
        ByteFlips.Result r = new ByteFlips(dir).run(FLIPS, System.nanoTime());
        System.out.println("byte flips: " + r.counts());
        assertThat(r.silent()).as("flips that changed what an export read, unnoticed").isEmpty();
        assertThat(r.unexpected()).as("flips that made something fail other than with a damage report").isEmpty();
        assertThat(r.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(FLIPS);
    }
}

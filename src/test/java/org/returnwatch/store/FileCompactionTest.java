package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileCompactionTest {
    private static final long MB = 1L << 20;

    @Test
    void aLargeFileMostlyDeadIsCompacted() {
        assertThat(FileCompaction.worthCompacting(400 * MB, 100, 12)).isTrue();
    }

    @Test
    void aSmallFileOrAFileMostlyLiveIsNot() {
        assertThat(FileCompaction.worthCompacting(6 * MB, 100, 2)).isFalse();
        assertThat(FileCompaction.worthCompacting(400 * MB, 100, 70)).isFalse();
        assertThat(FileCompaction.worthCompacting(400 * MB, 40, 90)).isTrue();
    }

    @Test
    void tooMuchLiveDataToRewriteWhileClosingIsLeftToH2sOwnShortCompaction() {
        assertThat(FileCompaction.worthCompacting(2048 * MB, 100, 20)).isFalse();
    }

    @Test
    void unknownFillRatesChangeNothing() {
        assertThat(FileCompaction.worthCompacting(400 * MB, -1, 10)).isFalse();
    }
}

package org.returnwatch.store;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The last entry of a database's history: its number and hash. The hash covers every entry before
 * it, so this pair stands for the whole history up to there.
 */
public record HistoryHead(long seq, byte[] hash) {
    static final int HASH_BYTES = 32;
    /** Before the first entry: entry 1 chains to 32 zero bytes. */
    static final HistoryHead EMPTY = new HistoryHead(0, new byte[HASH_BYTES]);

    public HistoryHead {
        if (seq < 0 || hash == null || hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("a history head is an entry number and a 32-byte hash");
        }
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** The hash in hexadecimal, for a user to note down and compare later. */
    public String hashHex() {
        return HexFormat.of().formatHex(hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryHead h && h.seq == seq && Arrays.equals(h.hash, hash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq) * 31 + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "#" + seq + " " + hashHex().substring(0, 16);
    }
}

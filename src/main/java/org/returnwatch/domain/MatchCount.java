package org.returnwatch.domain;

/**
 * How many records a search shows: exact, or an estimate (from a sample of the table) to show at
 * once while the exact count is still being made.
 */
public record MatchCount(int value, boolean exact) {
    public static MatchCount exactly(int n) {
        return new MatchCount(n, true);
    }

    public static MatchCount about(int n) {
        return new MatchCount(n, false);
    }
}

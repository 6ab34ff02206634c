package org.returnwatch.domain;

import java.util.Locale;
import java.util.Optional;

/** The thirds of a year sources name without a month: early (January–April), mid (May–August), late. */
public enum PartOfYear implements Labelled {
    EARLY(1), MID(5), LATE(9);

    private final int firstMonth;

    PartOfYear(int firstMonth) {
        this.firstMonth = firstMonth;
    }

    public int firstMonth() {
        return firstMonth;
    }

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PartOfYear> fromWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "early", "beginning of", "start of" -> Optional.of(EARLY);
            case "mid", "mid-", "middle of" -> Optional.of(MID);
            case "late", "end of" -> Optional.of(LATE);
            default -> Optional.empty();
        };
    }

    /** The third of the year {@code start} falls in. */
    public static PartOfYear of(java.time.LocalDate start) {
        int m = start.getMonthValue();
        return m < MID.firstMonth ? EARLY : m < LATE.firstMonth ? MID : LATE;
    }
}

package org.returnwatch.domain;

import java.time.Month;
import java.util.Locale;
import java.util.Optional;

/** Northern-hemisphere seasons, as sources write them ("spring 2016"). */
public enum Season implements Labelled {
    WINTER(Month.DECEMBER), SPRING(Month.MARCH), SUMMER(Month.JUNE), AUTUMN(Month.SEPTEMBER);

    private final Month firstMonth;

    Season(Month firstMonth) {
        this.firstMonth = firstMonth;
    }

    public Month firstMonth() {
        return firstMonth;
    }

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Season> fromWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("fall")) {
            return Optional.of(AUTUMN);
        }
        for (Season s : values()) {
            if (s.label().equals(w)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

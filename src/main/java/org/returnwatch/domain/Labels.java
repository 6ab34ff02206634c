package org.returnwatch.domain;

import java.util.Locale;

/** Turns enum constants into words people read. */
final class Labels {
    private Labels() {
    }

    static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

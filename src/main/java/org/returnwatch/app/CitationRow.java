package org.returnwatch.app;

import java.util.UUID;
import org.returnwatch.domain.Grade;
import org.returnwatch.domain.Stance;

/**
 * A citation of a record as its screen lists it: which field, where in the source, the source, its
 * grade, and whether the source supports the record or reports someone (the claimant) denying it.
 */
public record CitationRow(UUID citationId, long version, String field, String locator, RecordItem source,
                          String note, Grade grade, Stance stance, String claimant) {

    /** "denies (CBSA)", "supports": what the cited text says of the record. */
    public String says() {
        String s = stance == null ? org.returnwatch.i18n.Localization.label(Stance.SUPPORTS)
                : org.returnwatch.i18n.Localization.label(stance);
        return claimant == null ? s : s + " (" + claimant + ")";
    }
}

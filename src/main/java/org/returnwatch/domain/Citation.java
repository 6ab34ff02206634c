package org.returnwatch.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The tie between a fact (a record, or one field of it) and the source that supports it, or that
 * reports someone denying it. {@code grade} is how investigators rate the source and the information
 * (null while ungraded); {@code claimant} is who makes the claim the source reports, when it is not
 * the source itself ("CBSA").
 */
public record Citation(
        UUID id, Reference ref, long version,
        RecordKind recordKind, UUID recordId, String field, UUID sourceId, String locator, String note,
        Grade grade, Stance stance, String claimant)
        implements DomainRecord {

    public Citation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordKind, "record kind");
        Objects.requireNonNull(recordId, "record");
        Objects.requireNonNull(sourceId, "source");
        if (recordKind == RecordKind.CITATION) {
            throw new IllegalArgumentException("a citation cannot cite a citation");
        }
        field = Texts.clean(field);
        locator = Texts.clean(locator);
        note = Texts.clean(note);
        stance = Objects.requireNonNullElse(stance, Stance.SUPPORTS);
        claimant = Texts.clean(claimant);
    }

    /** An ungraded citation of a source that supports the record. */
    public Citation(UUID id, Reference ref, long version, RecordKind recordKind, UUID recordId, String field,
                    UUID sourceId, String locator, String note) {
        this(id, ref, version, recordKind, recordId, field, sourceId, locator, note, null, Stance.SUPPORTS, null);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.CITATION;
    }

    @Override
    public String displayName() {
        return locator == null ? "citation" : locator;
    }

    /** True when the source reports the record being denied or contradicted, rather than supporting it. */
    public boolean isCounterClaim() {
        return stance != Stance.SUPPORTS;
    }

    public Citation withStored(Reference newRef, long newVersion) {
        return new Citation(id, newRef, newVersion, recordKind, recordId, field, sourceId, locator, note, grade, stance,
                claimant);
    }
}

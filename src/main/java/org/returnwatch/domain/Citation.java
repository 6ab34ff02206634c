package org.returnwatch.domain;

import java.util.Objects;
import java.util.UUID;

/** The tie between a fact (a record, or one field of it) and the source that supports it. */
public record Citation(
        UUID id, Reference ref, long version,
        RecordKind recordKind, UUID recordId, String field, UUID sourceId, String locator, String note)
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
    }

    @Override
    public RecordKind kind() {
        return RecordKind.CITATION;
    }

    @Override
    public String displayName() {
        return locator == null ? "citation" : locator;
    }

    public Citation withStored(Reference newRef, long newVersion) {
        return new Citation(id, newRef, newVersion, recordKind, recordId, field, sourceId, locator, note);
    }
}

package org.returnwatch.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An evidence file attached to a case, an incident, an actor or a source, as it was taken in: its
 * original name, its size, the media type its content shows, the SHA-256 of its exact bytes, who
 * added it and when. The bytes themselves stay in the store and never change; an edited or redacted
 * copy is another attachment whose {@code derivedFrom} names this one.
 *
 * @param addedBy the caseworker who added it, or null where the front end did not say
 */
public record Attachment(UUID id, ItemRef ref, RecordKind recordKind, UUID recordId, String fileName,
                         String mediaType, long size, String sha256, String addedBy, Instant addedAt, String note,
                         UUID derivedFrom) {

    /** What files can be attached to. */
    public static final Set<RecordKind> OWNERS = Set.of(RecordKind.CASE, RecordKind.INCIDENT, RecordKind.ACTOR,
            RecordKind.SOURCE);

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordKind, "record kind");
        Objects.requireNonNull(recordId, "record");
        if (!OWNERS.contains(recordKind)) {
            throw new IllegalArgumentException("files can be attached to cases, incidents, actors and sources, not "
                    + recordKind.plural());
        }
        fileName = Texts.required(fileName, "file name");
        mediaType = Texts.required(mediaType, "media type");
        // the database keeps microseconds: a stored attachment reads back equal to the one written
        addedAt = Objects.requireNonNull(addedAt, "added at").truncatedTo(ChronoUnit.MICROS);
        addedBy = Texts.clean(addedBy);
        note = Texts.clean(note);
        if (size < 0) {
            throw new IllegalArgumentException("size cannot be negative");
        }
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /** The same description of a file, once the store has given it a code, stored its bytes and hashed them. */
    public Attachment stored(ItemRef newRef, long newSize, String newSha256) {
        return new Attachment(id, newRef, recordKind, recordId, fileName, mediaType, newSize, newSha256, addedBy,
                addedAt, note, derivedFrom);
    }
}

package org.returnwatch.domain;

import java.util.Objects;
import java.util.UUID;

/** A typed relation from one record to another. */
public record Link(
        UUID id, Reference ref, long version,
        RecordKind fromKind, UUID fromId, RecordKind toKind, UUID toId, LinkRelation relation, String note)
        implements DomainRecord {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromKind, "from kind");
        Objects.requireNonNull(fromId, "from");
        Objects.requireNonNull(toKind, "to kind");
        Objects.requireNonNull(toId, "to");
        relation = Objects.requireNonNullElse(relation, LinkRelation.RELATED_TO);
        if (fromId.equals(toId)) {
            throw new IllegalArgumentException("a record cannot be linked to itself");
        }
        note = Texts.clean(note);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.LINK;
    }

    @Override
    public String displayName() {
        return relation.label();
    }

    public Link withStored(Reference newRef, long newVersion) {
        return new Link(id, newRef, newVersion, fromKind, fromId, toKind, toId, relation, note);
    }
}

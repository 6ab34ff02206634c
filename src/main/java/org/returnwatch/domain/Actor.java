package org.returnwatch.domain;

import java.util.Objects;
import java.util.UUID;

/** An agency, official, organisation or person other than the target. */
public record Actor(
        UUID id, Reference ref, long version,
        String name, String nativeName, ActorKind actorKind, String country, String note) implements DomainRecord {

    public Actor {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, "name");
        nativeName = Texts.clean(nativeName);
        actorKind = Objects.requireNonNullElse(actorKind, ActorKind.ORGANISATION);
        country = Texts.clean(country);
        note = Texts.clean(note);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.ACTOR;
    }

    @Override
    public String displayName() {
        return nativeName == null ? name : name + " (" + nativeName + ")";
    }

    public Actor withStored(Reference newRef, long newVersion) {
        return new Actor(id, newRef, newVersion, name, nativeName, actorKind, country, note);
    }
}

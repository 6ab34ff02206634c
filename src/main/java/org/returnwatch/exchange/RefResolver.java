package org.returnwatch.exchange;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/** Resolves reference codes to identifiers: first those the document declares, then the database's. */
final class RefResolver {
    record Target(RecordKind kind, UUID id) {
    }

    private final Map<Reference, UUID> declared = new HashMap<>();
    private final Function<Reference, Optional<UUID>> stored;
    private final Function<UUID, Optional<UUID>> mergedInto;

    RefResolver(Function<Reference, Optional<UUID>> stored) {
        this(stored, id -> Optional.empty());
    }

    /**
     * @param mergedInto the record a record was merged into, by identifier: a document naming a record
     *                   that was merged away (by its reference or as one of its own records) reaches the kept one
     */
    RefResolver(Function<Reference, Optional<UUID>> stored, Function<UUID, Optional<UUID>> mergedInto) {
        this.stored = stored;
        this.mergedInto = mergedInto;
    }

    /** An identifier derived from the reference code, so the same document imported twice updates, not duplicates. */
    static UUID derivedId(Reference ref) {
        return UUID.nameUUIDFromBytes(("returnwatch:" + ref).getBytes(StandardCharsets.UTF_8));
    }

    /** False when the document already declared this reference. */
    boolean declare(Reference ref, UUID id) {
        return declared.putIfAbsent(ref, id) == null;
    }

    Optional<Target> resolve(Reference ref) {
        UUID id = declared.get(ref);
        if (id == null) {
            id = stored.apply(ref).orElse(null);
        }
        return id == null ? Optional.empty() : Optional.of(new Target(ref.kind(), mergedInto.apply(id).orElse(id)));
    }
}

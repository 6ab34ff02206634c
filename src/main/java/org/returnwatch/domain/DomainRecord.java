package org.returnwatch.domain;

import java.util.UUID;

/** What every stored record has: a permanent identifier, a readable reference and an edit version. */
public interface DomainRecord {
    UUID id();

    /** Null until the store assigns one. */
    Reference ref();

    /** The optimistic-lock version; 0 for a record not yet stored. */
    long version();

    RecordKind kind();

    /** A short title for lists, pickers and link labels. */
    String displayName();
}

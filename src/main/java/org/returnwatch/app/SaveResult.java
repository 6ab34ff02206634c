package org.returnwatch.app;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a save ended. A save carries the version of every record it read; when one of them was
 * saved meanwhile (another window, the command line, an import) nothing is written and the
 * answer is a {@link Conflict} with both versions, or {@link Gone} when the record was deleted.
 */
public sealed interface SaveResult<T> {

    /** Written; {@code record} is what is stored now. */
    record Saved<T>(T record) implements SaveResult<T> {
    }

    /**
     * Not written: someone saved meanwhile.
     *
     * @param theirs      the record as it is stored now
     * @param differences what differs between the user's version and the stored one, in words
     * @param versions    the stored versions now of every record the save touches, to save over them
     */
    record Conflict<T>(T theirs, List<Difference> differences, Map<UUID, Long> versions) implements SaveResult<T> {
        public Conflict {
            differences = List.copyOf(differences);
            versions = Map.copyOf(versions);
        }
    }

    /** Not written: the record was deleted meanwhile. */
    record Gone<T>() implements SaveResult<T> {
    }
}

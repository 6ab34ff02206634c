package org.returnwatch.app;

import java.util.List;
import org.returnwatch.domain.DomainRecord;

/**
 * The rows a record owns in a table of their own (a statistic's data points), as its Save writes
 * them: each row that was read carries the version it was read at.
 *
 * @param removed   rows read, then removed from the form
 * @param added     rows new on the form (no reference code yet)
 * @param changed   rows read, then changed
 * @param unchanged rows read and left as they were; put back if someone deleted them meanwhile
 */
public record ChildChanges(List<? extends DomainRecord> removed, List<? extends DomainRecord> added,
                           List<? extends DomainRecord> changed, List<? extends DomainRecord> unchanged) {
    public static final ChildChanges NONE = new ChildChanges(List.of(), List.of(), List.of(), List.of());

    public ChildChanges {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
    }
}

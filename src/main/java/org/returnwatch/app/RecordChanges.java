package org.returnwatch.app;

import java.util.List;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Link;

/**
 * What one Save of an agreement, statistic, source or actor writes, in one transaction.
 *
 * @param record       the record as the form stands, with the version it was read at (0 when new)
 * @param isNew        true for a record never saved
 * @param children     its rows in other tables (a statistic's data points)
 * @param newLinks     links added before the record's first save
 * @param newCitations citations added before the record's first save
 */
public record RecordChanges<T extends DomainRecord>(T record, boolean isNew, ChildChanges children, List<Link> newLinks,
                                                    List<Citation> newCitations) {
    public RecordChanges {
        newLinks = List.copyOf(newLinks);
        newCitations = List.copyOf(newCitations);
    }
}

package org.returnwatch.app;

import java.util.List;

/**
 * A record other than a case, with its links and citations, and the sources its form can name (a
 * status step's source), read in one transaction.
 */
public record RecordStory<T>(T record, Related related, List<RecordItem> sources) {

    public RecordStory {
        sources = List.copyOf(sources);
    }
}

package org.returnwatch.app;

import java.util.List;

/**
 * A record other than a case, with its links and citations, and the sources its form can name (a
 * status step's source), read in one transaction.
 */
public record RecordStory<T>(T record, Related related, List<RecordItem> sources, SourceDates sourceDates) {

    public RecordStory {
        sources = List.copyOf(sources);
    }

    /** A record not stored yet: no links or citations. */
    public static <T> RecordStory<T> unsaved(T record, List<RecordItem> sources, SourceDates sourceDates) {
        return new RecordStory<>(record, Related.NONE, sources, sourceDates);
    }
}

package org.returnwatch.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Source;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * When each source was published: what a relative date said in it ("July this year", "last year")
 * is read against.
 */
public record SourceDates(Map<UUID, FuzzyDate> published) {
    public static final SourceDates NONE = new SourceDates(Map.of());

    public SourceDates {
        published = Map.copyOf(published);
    }

    /** The source's publication date; unknown for no source or an undated one. */
    public FuzzyDate of(RecordItem source) {
        return source == null ? FuzzyDate.UNKNOWN : published.getOrDefault(source.id(), FuzzyDate.UNKNOWN);
    }

    static SourceDates read(Store store, Transaction tx) {
        Map<UUID, FuzzyDate> dates = new LinkedHashMap<>();
        for (Source s : store.sources().all(tx)) {
            if (s.published().isKnown()) {
                dates.put(s.id(), s.published());
            }
        }
        return new SourceDates(dates);
    }
}

package org.returnwatch.app;

import java.util.UUID;

/** A link as one record sees it: the relation read from this end, and the record at the other. */
public record LinkRow(UUID linkId, long version, String relation, RecordItem other, String note) {
}

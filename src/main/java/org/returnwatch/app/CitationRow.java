package org.returnwatch.app;

import java.util.UUID;

/** A citation of a record: which field, where in the source, and the source. */
public record CitationRow(UUID citationId, long version, String field, String locator, RecordItem source,
                          String note) {
}

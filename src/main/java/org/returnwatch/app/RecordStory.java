package org.returnwatch.app;

/** A record other than a case, with its links and citations, read in one transaction. */
public record RecordStory<T>(T record, Related related) {
}

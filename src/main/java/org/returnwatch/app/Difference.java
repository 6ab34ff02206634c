package org.returnwatch.app;

/** One field that differs between two versions of a record, in the words a reader uses. */
public record Difference(String field, String mine, String theirs) {
}

package org.returnwatch.store;

/**
 * One field of a record as a history entry saw it before and after a change. Text values are given
 * as they are; lists, dates and other structured values as their JSON text; an empty field is null.
 */
public record FieldChange(String field, String before, String after) {
}

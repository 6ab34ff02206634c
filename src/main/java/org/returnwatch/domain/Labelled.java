package org.returnwatch.domain;

/** A value with words people read: the controlled lists (outcomes, statuses, qualifiers …). */
public interface Labelled {
    String label();
}

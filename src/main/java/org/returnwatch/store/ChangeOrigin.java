package org.returnwatch.store;

/** What a change to a record was part of, as its history entry records it. */
public enum ChangeOrigin {
    /** Saved, added or deleted by a person in the window or on the command line. */
    EDIT,
    /** Written by an import (a JSON document, a CSV export, a mapped CSV file, the seed dataset). */
    IMPORT,
    /** Two records merged into one. */
    MERGE,
    /** A record put back as an earlier entry of its history shows it. */
    REVERT,
    /** Recorded when a database of an earlier release first opened in this one: the record as it was then. */
    UPGRADE,
    /** The whole database replaced by the contents of a backup. */
    RESTORE
}

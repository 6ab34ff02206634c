package org.returnwatch.store;

/** What a history entry records. */
public enum HistoryAction {
    INSERT,
    UPDATE,
    DELETE,
    /** A record as it stood when its history began (a database made before there was history). */
    BASELINE,
    /** The database was restored from a backup; no record of its own. */
    RESTORE
}

package org.returnwatch.store;

import org.returnwatch.domain.Reference;
import org.returnwatch.i18n.Phrase;

/** The record was changed by someone else since it was read; the save was refused, nothing written. */
public class StaleRecordException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Reference ref;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleRecordException(Reference ref, long expectedVersion, long currentVersion) {
        super(Phrase.phrase("{0} was changed elsewhere since it was opened (version {1}, now {2}); reload it or "
                + "keep your version after comparing", ref, expectedVersion, currentVersion));
        this.ref = ref;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public Reference ref() {
        return ref;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

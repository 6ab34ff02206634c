package org.returnwatch.store;

import org.returnwatch.i18n.Phrase;

/**
 * Stored data that no longer matches its seal or its history: a damaged or altered file. It is
 * reported instead of being shown as if it were what was saved.
 */
public class IntegrityException extends StoreException {
    private static final long serialVersionUID = 1L;

    public IntegrityException(Phrase phrase) {
        super(phrase);
    }

    public IntegrityException(String message) {
        super(message);
    }
}

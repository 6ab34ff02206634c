package org.returnwatch.store;

import org.returnwatch.i18n.Phrase;

/** A reference or identifier that names no stored record. */
public class RecordNotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(Phrase phrase) {
        super(phrase);
    }

    public RecordNotFoundException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }

    public RecordNotFoundException(String message) {
        super(message);
    }

    public RecordNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}

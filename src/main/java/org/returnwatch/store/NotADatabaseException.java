package org.returnwatch.store;

import org.returnwatch.i18n.Phrase;

/** A file that is missing, unreadable, damaged or not a ReturnWatch database. */
public class NotADatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotADatabaseException(Phrase phrase) {
        super(phrase);
    }

    public NotADatabaseException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }

    public NotADatabaseException(String message) {
        super(message);
    }

    public NotADatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}

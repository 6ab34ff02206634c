package org.returnwatch.store;

import org.returnwatch.i18n.Phrase;

/** A change the database's rules refuse (a missing required field, a duplicate, a dangling reference). */
public class ConstraintViolationException extends StoreException {
    private static final long serialVersionUID = 1L;

    public ConstraintViolationException(Phrase phrase) {
        super(phrase);
    }

    public ConstraintViolationException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }

    public ConstraintViolationException(String message) {
        super(message);
    }

    public ConstraintViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}

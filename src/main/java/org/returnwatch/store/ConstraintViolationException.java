package org.returnwatch.store;

/** A change the database's rules refuse (a missing required field, a duplicate, a dangling reference). */
public class ConstraintViolationException extends StoreException {
    private static final long serialVersionUID = 1L;

    public ConstraintViolationException(String message) {
        super(message);
    }

    public ConstraintViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.returnwatch.store;

/** A file that is missing, unreadable, damaged or not a ReturnWatch database. */
public class NotADatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotADatabaseException(String message) {
        super(message);
    }

    public NotADatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}

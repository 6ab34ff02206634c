package org.returnwatch.store;

/** A reference or identifier that names no stored record. */
public class RecordNotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String message) {
        super(message);
    }

    public RecordNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}

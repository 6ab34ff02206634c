package org.returnwatch.store;

/** A database written by a newer ReturnWatch than this one. */
public class SchemaTooNewException extends StoreException {
    private static final long serialVersionUID = 1L;

    public SchemaTooNewException(String message) {
        super(message);
    }

    public SchemaTooNewException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.returnwatch.store;

/**
 * A failure the user can act on. Its message is one sentence fit for the user's eyes: it names
 * the file, record or field, and never holds a passphrase, a name or a note.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

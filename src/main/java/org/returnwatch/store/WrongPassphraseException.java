package org.returnwatch.store;

/** The passphrase does not open this database. */
public class WrongPassphraseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String message) {
        super(message);
    }

    public WrongPassphraseException(String message, Throwable cause) {
        super(message, cause);
    }
}

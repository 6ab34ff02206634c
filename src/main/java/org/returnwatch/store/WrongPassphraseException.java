package org.returnwatch.store;

import org.returnwatch.i18n.Phrase;

/** The passphrase does not open this database. */
public class WrongPassphraseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(Phrase phrase) {
        super(phrase);
    }

    public WrongPassphraseException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }

    public WrongPassphraseException(String message) {
        super(message);
    }

    public WrongPassphraseException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.returnwatch.store;

import org.returnwatch.i18n.Phrase;

/** A database written by a newer ReturnWatch than this one. */
public class SchemaTooNewException extends StoreException {
    private static final long serialVersionUID = 1L;

    public SchemaTooNewException(Phrase phrase) {
        super(phrase);
    }

    public SchemaTooNewException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }

    public SchemaTooNewException(String message) {
        super(message);
    }

    public SchemaTooNewException(String message, Throwable cause) {
        super(message, cause);
    }
}

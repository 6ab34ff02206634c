package org.returnwatch.store;

import org.returnwatch.i18n.Phrase;
import org.returnwatch.i18n.Phrased;

/**
 * A failure the user can act on. Its message is one sentence fit for the user's eyes: it names
 * the file, record or field, and never holds a passphrase, a name or a note. It carries its words as a
 * {@link Phrase}, so the command line and the window each say it in their own language; the message is
 * the English.
 */
public class StoreException extends RuntimeException implements Phrased {
    private static final long serialVersionUID = 1L;
    private final transient Phrase phrase;

    public StoreException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    public StoreException(Phrase phrase, Throwable cause) {
        super(phrase.english(), cause);
        this.phrase = phrase;
    }

    public StoreException(String message) {
        this(Phrase.words(message));
    }

    public StoreException(String message, Throwable cause) {
        this(Phrase.words(message), cause);
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}

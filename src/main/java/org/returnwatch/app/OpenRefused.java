package org.returnwatch.app;

import org.returnwatch.i18n.Phrase;
import org.returnwatch.i18n.Phrased;

/**
 * A database was not opened, with a sentence that says why: the user typed the wrong passphrase,
 * or the file cannot be opened (missing, damaged, in use, written by a newer version).
 */
public final class OpenRefused extends RuntimeException implements Phrased {
    private static final long serialVersionUID = 1L;

    /** Why it was refused, for the front end's own words. */
    public enum Reason { WRONG_PASSPHRASE, NOT_OPENABLE }

    private final Reason reason;

    OpenRefused(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The store's words for why, to be said in the reader's language. */
    @Override
    public Phrase phrase() {
        return getCause() instanceof Phrased p && p.phrase() != null ? p.phrase() : Phrase.words(getMessage());
    }
}

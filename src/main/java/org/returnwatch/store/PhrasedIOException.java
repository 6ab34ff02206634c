package org.returnwatch.store;

import java.io.IOException;
import org.returnwatch.i18n.Phrase;

/** A failure reading a file whose words are said later, after the file's name, in the reader's language. */
class PhrasedIOException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Phrase phrase;

    PhrasedIOException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    /** What is wrong with the file. */
    Phrase phrase() {
        return phrase;
    }
}

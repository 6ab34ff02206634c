package org.returnwatch.exchange;

import org.returnwatch.i18n.Phrase;

/** One thing wrong with an input file: where (file, line, field) and why, the why in words any language says. */
public record Problem(String file, int line, String field, Phrase reason) {

    /** A reason that is not in the bundles (a library's own words): it reads as it was written. */
    public Problem(String file, int line, String field, String reason) {
        this(file, line, field, Phrase.words(reason));
    }

    /** "FILE, line 2, name: is required", to be said in the reader's language. */
    public Phrase phrase() {
        if (line > 0 && field != null) {
            return Phrase.phrase("{0}, line {1}, {2}: {3}", file, line, field, reason);
        }
        if (line > 0) {
            return Phrase.phrase("{0}, line {1}: {2}", file, line, reason);
        }
        if (field != null) {
            return Phrase.phrase("{0}, {1}: {2}", file, field, reason);
        }
        return Phrase.phrase("{0}: {1}", file, reason);
    }

    @Override
    public String toString() {
        return phrase().english();
    }
}

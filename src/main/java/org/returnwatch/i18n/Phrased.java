package org.returnwatch.i18n;

/** A failure whose words can be said in the reader's language: see {@link Wording#message}. */
public interface Phrased {
    Phrase phrase();
}

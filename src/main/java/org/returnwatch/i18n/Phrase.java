package org.returnwatch.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Words to be shown later, in whatever language the reader chose: the English text, which is the key in
 * the bundles, and what is put in its placeholders. A failure deep in the store carries one, so the
 * command line and the window each say it in their own language. An argument that is itself a phrase is
 * said in the same language.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    /** The words of {@code key} with {@code args} put in; the key is found in the code as a lang key is. */
    public static Phrase phrase(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args.clone()));
    }

    /**
     * Words looked up as they are, with nothing put in: a fixed list's label, or a message that is not in
     * the bundles (a library's own), which then reads as it was written.
     */
    public static Phrase words(String text) {
        return new Phrase(text == null ? "" : text, List.of());
    }

    /** The words in English, as they were always written. */
    public String english() {
        return Wording.render(key, args, Locale.ENGLISH, Phrase::english);
    }

    @Override
    public String toString() {
        return english();
    }
}

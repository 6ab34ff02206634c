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

    /** {@code phrase("no database at {0}", file)}: the key is looked up, as {@code lang("…")}'s is. */
    public static Phrase phrase(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args.clone()));
    }

    /** Words that are not in the bundles (older messages, a library's own): shown as they are. */
    public static Phrase verbatim(String text) {
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

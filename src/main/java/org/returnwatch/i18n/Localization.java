package org.returnwatch.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.returnwatch.domain.Labelled;

/**
 * The words the program shows, in the language chosen: {@code lang("Save")} looks the English text
 * up as the key in {@code i18n/messages*.properties}, as JabRef's {@code Localization.lang} does, so the
 * code still reads in English and a missing translation shows English rather than a code. Placeholders
 * are {@link MessageFormat}'s {@code {0}}; an apostrophe is always an apostrophe.
 *
 * <p>The language is one for the whole program (the window is rebuilt when it changes), so it is held
 * here rather than passed to every view.
 */
public final class Localization {
    static final String BUNDLE = "i18n.messages";
    private static volatile Language language = Language.ENGLISH;
    private static volatile ResourceBundle bundle = load(Language.ENGLISH);

    private Localization() {
    }

    /** From now on, words are looked up in {@code chosen}. */
    public static void use(Language chosen) {
        bundle = load(chosen);
        language = chosen;
    }

    public static Language language() {
        return language;
    }

    /** For dates and numbers shown (the records keep their own formats). */
    public static Locale locale() {
        return language.locale();
    }

    /** The words for {@code key} (the English text) in the chosen language, with {@code args} put in. */
    public static String lang(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            text = key;
        }
        if (args.length == 0) {
            return text;
        }
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // as written: a year 2021 must not become "2,021"
            words[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(text.replace("'", "''"), locale()).format(words);
    }

    /** A count as the chosen language writes it ("1,234"). */
    public static String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** Marks {@code key} as words to be looked up later (enum labels, constants), returning it unchanged. */
    public static String key(String key) {
        return key;
    }

    /** A controlled value's words ("in force", "returned under pressure") in the chosen language. */
    public static String label(Labelled value) {
        return value == null ? "" : lang(value.label());
    }

    /** The bundle of {@code l} alone, never the system locale's: English is the root bundle. */
    static ResourceBundle load(Language l) {
        return ResourceBundle.getBundle(BUNDLE, l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

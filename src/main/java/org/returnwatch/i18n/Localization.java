package org.returnwatch.i18n;

import java.util.Locale;
import java.util.ResourceBundle;
import org.returnwatch.domain.Labelled;

/**
 * The words the program shows, in the language chosen: {@code lang("Save")} looks the English text
 * up as the key in {@code i18n/messages*.properties}, as JabRef's {@code Localization.lang} does, so the
 * code still reads in English and a missing translation shows English rather than a code. Placeholders
 * are {@link java.text.MessageFormat}'s {@code {0}}; an apostrophe is always an apostrophe.
 *
 * <p>The language is one for the whole program (the window is rebuilt when it changes), so it is held
 * here rather than passed to every view.
 */
public final class Localization {
    static final String BUNDLE = "i18n.messages";
    private static volatile Language language = Language.ENGLISH;
    private static volatile Wording wording = Wording.of(Language.ENGLISH);

    private Localization() {
    }

    /** From now on, words are looked up in {@code chosen}. */
    public static void use(Language chosen) {
        wording = Wording.of(chosen);
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
        return wording.lang(key, args);
    }

    /** A phrase carried from below (a failure of the store, a problem in an import) in the chosen language. */
    public static String say(Phrase p) {
        return wording.say(p);
    }

    /** What a failure says, in the chosen language (see {@link Wording#message}). */
    public static String message(Throwable e) {
        return wording.message(e);
    }

    /** The words of the chosen language, to hand to what speaks it later. */
    public static Wording wording() {
        return wording;
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

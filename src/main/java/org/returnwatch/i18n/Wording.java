package org.returnwatch.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The window's words in one language, whatever language the window speaks now: a dossier printed in
 * Chinese from an English window, a command run with {@code --language}. {@link Localization} speaks
 * through the one chosen.
 */
public final class Wording {
    private static final Map<Language, Wording> ALL = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Wording(Language language) {
        this.language = language;
        this.bundle = Localization.load(language);
    }

    public static synchronized Wording of(Language language) {
        return ALL.computeIfAbsent(language, Wording::new);
    }

    public Language language() {
        return language;
    }

    /** The words for {@code key} (the English text) in this language, with {@code args} put in. */
    public String lang(String key, Object... args) {
        return render(find(key), List.of(args), language.locale(), this::say);
    }

    /** A phrase carried from below, in this language; a key not in the bundles reads as it was written. */
    public String say(Phrase p) {
        return render(find(p.key()), p.args(), language.locale(), this::say);
    }

    /**
     * What a failure says, in this language: the phrase of a failure that carries one, else its message
     * as it is (a library's words).
     */
    public String message(Throwable e) {
        if (e instanceof Phrased p && p.phrase() != null) {
            return say(p.phrase());
        }
        if (e instanceof org.returnwatch.domain.RefusedText r) {
            return say(new Phrase(r.key(), r.args()));
        }
        return e.getMessage();
    }

    private String find(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static String render(String text, List<Object> args, Locale locale, Function<Phrase, String> inner) {
        if (args.isEmpty()) {
            return text;
        }
        Object[] words = new Object[args.size()];
        for (int i = 0; i < words.length; i++) {
            Object a = args.get(i);
            // as written: a year 2021 must not become "2,021"
            words[i] = a instanceof Phrase p ? inner.apply(p) : String.valueOf(a);
        }
        return new MessageFormat(text.replace("'", "''"), locale).format(words);
    }
}

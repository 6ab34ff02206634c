package org.returnwatch.cli;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Labelled;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.Problem;
import org.returnwatch.i18n.DateWords;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Phrase;
import org.returnwatch.i18n.Wording;

/**
 * The words the command line prints, in the language of this run. What the commands say is looked up by
 * its English text in {@code i18n/cli*.properties}, as the window's words are in {@code messages*}; the
 * usage help is picocli's own resource bundle, {@code i18n/cli-help*.properties}. Held per run rather
 * than in {@link org.returnwatch.i18n.Localization}, so a command never changes the window's language.
 */
final class Words {
    static final String MESSAGES = "i18n.cli";
    static final String HELP = "i18n.cli-help";
    /** The window's words: the labels of the fixed lists (outcomes, statuses …) are shared with it. */
    static final String LABELS = "i18n.messages";

    private final Language language;
    private final ResourceBundle messages;
    private final ResourceBundle help;
    private final ResourceBundle labels;

    private Words(Language language) {
        this.language = language;
        this.messages = load(MESSAGES, language);
        this.help = load(HELP, language);
        this.labels = load(LABELS, language);
    }

    static Words in(Language language) {
        return new Words(language);
    }

    Language language() {
        return language;
    }

    /** picocli's bundle for the usage help: descriptions, headings, footers. */
    ResourceBundle help() {
        return help;
    }

    /** The words for {@code key} (the English text) in this run's language, with {@code args} put in. */
    String msg(String key, Object... args) {
        String text = find(messages, key);
        if (args.length == 0) {
            return text;
        }
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // as written: a year 2021 or a count must not become "2,021"
            words[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(text.replace("'", "''"), language.locale()).format(words);
    }

    /** A fixed list's value ("in force", "returned under pressure") as the window shows it in this language. */
    String label(Labelled value) {
        return value == null ? null : find(labels, value.label());
    }

    /** A date as the window shows it in this language ("2014年至2017年初"). */
    String date(FuzzyDate d) {
        return DateWords.show(d, Wording.of(language));
    }

    /** A failure's words in this language: the store's and the imports' own are looked up in the window's bundle. */
    String message(Throwable e) {
        return Wording.of(language).message(e);
    }

    /** Words the store carries up (a finding of verify), in this language. */
    String say(Phrase p) {
        return Wording.of(language).say(p);
    }

    /** One problem of an input refused, in this language: "FILE, line 2, name: is required". */
    String message(Problem p) {
        return Wording.of(language).say(p.phrase());
    }

    /** A kind of record in the plural ("cases", "sources"), as the window names it in this language. */
    String plural(RecordKind kind) {
        return find(labels, kind.plural());
    }

    private static String find(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The bundle of {@code l} alone, never the JVM's default locale's: English is the root bundle. */
    static ResourceBundle load(String name, Language l) {
        return ResourceBundle.getBundle(name, l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

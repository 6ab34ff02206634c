package org.returnwatch.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Labelled;
import org.returnwatch.i18n.DateWords;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Wording;

/**
 * The dossier's words in one language, from {@code resources/dossier/labels-TAG.properties} (UTF-8);
 * a word missing there falls back to English, so a half-translated file still prints.
 */
public final class DossierWords {
    private final Map<String, String> words;
    /** The window's words in the dossier's language: the fixed lists, the tactic list and dates read as there. */
    private final Wording window;

    private DossierWords(Map<String, String> words, Wording window) {
        this.words = Map.copyOf(words);
        this.window = window;
    }

    public static DossierWords of(DossierLanguage language) {
        Map<String, String> words = new HashMap<>(load(DossierLanguage.EN.labelsResource()));
        if (language != DossierLanguage.EN) {
            words.putAll(load(language.labelsResource()));
        }
        return new DossierWords(words, Wording.of(Language.ofTag(language.tag()).orElse(Language.ENGLISH)));
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = DossierWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the dossier's labels are missing from the program: " + resource);
            }
            Properties p = new Properties();
            try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            Map<String, String> out = new HashMap<>();
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The word for {@code key}, or the key itself where no file has it (so a typo shows on the page). */
    public String get(String key) {
        return words.getOrDefault(key, key);
    }

    /** A fixed list's value ("returned under pressure") as the window says it in this language. */
    public String label(Labelled value) {
        return value == null ? null : window.lang(value.label());
    }

    /** A tactic's label from the tactic list, translated where it is one of the standard or seeded tactics. */
    public String tactic(String label) {
        return window.lang(label);
    }

    /** A date as the window says it in this language ("2014年至2017年初"). */
    public String date(FuzzyDate d) {
        return DateWords.show(d, window);
    }

    /** For the templates: {@code {{labels.timeline}}}. */
    public Map<String, String> asMap() {
        return words;
    }
}

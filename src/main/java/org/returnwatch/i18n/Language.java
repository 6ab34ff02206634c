package org.returnwatch.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the window speaks, each named in its own script so anyone can find theirs. */
public enum Language {
    ENGLISH("en", "English"),
    SIMPLIFIED_CHINESE("zh-Hans", "简体中文"),
    TRADITIONAL_CHINESE("zh-Hant", "繁體中文");

    private final String tag;
    private final String ownName;

    Language(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    /** The BCP 47 tag ("zh-Hans"), as kept in the preferences. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself ("简体中文"). */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> ofTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The language closest to a system locale: Chinese written in the traditional script where it is
     * (Taiwan, Hong Kong, Macau, or a locale that names the script), simplified elsewhere; English for
     * any other language.
     */
    public static Language closestTo(Locale system) {
        if (!"zh".equals(system.getLanguage())) {
            return ENGLISH;
        }
        if ("Hant".equals(system.getScript())) {
            return TRADITIONAL_CHINESE;
        }
        if ("Hans".equals(system.getScript())) {
            return SIMPLIFIED_CHINESE;
        }
        return switch (system.getCountry()) {
            case "TW", "HK", "MO" -> TRADITIONAL_CHINESE;
            default -> SIMPLIFIED_CHINESE;
        };
    }
}

package org.returnwatch.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.returnwatch.i18n.Language;

/**
 * Which language the command line speaks when {@code --language} does not say: the one chosen in the
 * window (View → Language…, kept in the user's preferences, readable without unlocking anything), else
 * the system's ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, else the JVM's default locale).
 */
final class CommandLineLanguage {
    /** Where the window keeps its choice: the preferences node of its settings package. */
    static final String WINDOW_NODE = "/org/returnwatch/desktop/settings";
    static final String WINDOW_KEY = "language";
    /** Held here: a logger only referred to while its level is changed may be collected with the change. */
    private static final Logger PREFERENCE_NOTICES = Logger.getLogger("java.util.prefs");

    private CommandLineLanguage() {
    }

    static Language choose(Optional<Language> window, Map<String, String> env) {
        return window.orElseGet(() -> Language.closestTo(system(env)));
    }

    /** The window's choice, if one was made; reading never creates the node. */
    static Optional<Language> windowChoice() {
        // Java's preferences announce on standard error that they made their folder on a first run (or, on
        // Windows, that they could not open the registry key): not a word for the user of a command
        Level before = PREFERENCE_NOTICES.getLevel();
        PREFERENCE_NOTICES.setLevel(Level.OFF);
        try {
            Preferences root = Preferences.userRoot();
            return root.nodeExists(WINDOW_NODE) ? windowChoice(root.node(WINDOW_NODE)) : Optional.empty();
        } catch (BackingStoreException | SecurityException e) {
            return Optional.empty();
        } finally {
            PREFERENCE_NOTICES.setLevel(before);
        }
    }

    static Optional<Language> windowChoice(Preferences node) {
        return Language.ofTag(node.get(WINDOW_KEY, ""));
    }

    /** The system's locale for messages, as POSIX programs read it; the JVM's default when none is set. */
    static Locale system(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return posix(value);
            }
        }
        return Locale.getDefault();
    }

    /** "zh_TW.UTF-8" → zh-TW; "C" and "POSIX" name no language and read as English. */
    static Locale posix(String value) {
        String bare = value.strip().split("[.@]", 2)[0];
        String[] parts = bare.split("_", 2);
        if (parts[0].isEmpty() || "C".equals(parts[0]) || "POSIX".equals(parts[0])) {
            return Locale.ENGLISH;
        }
        return parts.length == 2 ? new Locale(parts[0], parts[1]) : new Locale(parts[0]);
    }
}

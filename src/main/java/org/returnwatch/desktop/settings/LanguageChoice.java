package org.returnwatch.desktop.settings;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Localization;

/**
 * View → Language…: the language of the window, kept as the user's preference (a language tag, nothing
 * about any record). Without a choice, the system's language decides.
 */
public final class LanguageChoice {
    static final String KEY = "language";
    /** The machine's locale as the program found it, before any choice changed the default. */
    private static final Locale SYSTEM = Locale.getDefault();
    private final Preferences preferences;

    /** @param preferences where the choice is kept (the user's node; a throw-away node in tests) */
    public LanguageChoice(Preferences preferences) {
        this.preferences = preferences;
    }

    public static LanguageChoice user() {
        return new LanguageChoice(Preferences.userNodeForPackage(LanguageChoice.class));
    }

    /** The language chosen before, else the one closest to {@code system}. */
    public Language saved(Locale system) {
        return Language.ofTag(preferences.get(KEY, "")).orElse(Language.closestTo(system));
    }

    public void save(Language chosen) {
        preferences.put(KEY, chosen.tag());
    }

    /**
     * Speaks {@code chosen} from now on: the program's words, and JavaFX's own (OK, Cancel, the
     * date picker's months), which follow the default locale.
     */
    public static void apply(Language chosen) {
        Localization.use(chosen);
        String country = SYSTEM.getCountry();
        Locale.setDefault(switch (chosen) {
            case ENGLISH -> "en".equals(SYSTEM.getLanguage()) ? SYSTEM
                    : new Locale.Builder().setLanguage("en").setRegion(country).build();
            case SIMPLIFIED_CHINESE -> Locale.forLanguageTag("zh-Hans-" + (country.equals("SG") ? "SG" : "CN"));
            case TRADITIONAL_CHINESE -> Locale.forLanguageTag("zh-Hant-"
                    + (country.equals("HK") || country.equals("MO") ? country : "TW"));
        });
    }

    /**
     * Asks which language; empty when the user cancelled or kept the current one.
     *
     * @param unlocked true if the window shows records: it is then locked first, keeping unsaved edits
     */
    public static Optional<Language> ask(Window owner, Language current, boolean unlocked) {
        ChoiceDialog<Language> d = new ChoiceDialog<>(current, List.of(Language.values()));
        d.initOwner(owner);
        d.setTitle(lang("Language"));
        d.setHeaderText(unlocked ? lang("The window locks to change its language: unsaved changes are kept "
                + "encrypted and offered back after you unlock.") : lang("The language of the window:"));
        d.setContentText(lang("Language"));
        javafx.scene.control.ComboBox<?> box = (javafx.scene.control.ComboBox<?>) d.getDialogPane()
                .lookup(".combo-box");
        if (box != null) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<Language> languages = (javafx.scene.control.ComboBox<Language>) box;
            languages.setId("language-choice");
            languages.setAccessibleText(lang("Language"));
            languages.setConverter(new StringConverter<>() {
                @Override
                public String toString(Language l) {
                    return l == null ? "" : l.ownName();
                }

                @Override
                public Language fromString(String s) {
                    return null;
                }
            });
        }
        return d.showAndWait().filter(l -> l != current);
    }
}

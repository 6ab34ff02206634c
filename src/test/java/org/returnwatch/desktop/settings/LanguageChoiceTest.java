package org.returnwatch.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.returnwatch.i18n.Language;

class LanguageChoiceTest {
    private final Preferences node = Preferences.userRoot().node("returnwatch-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void withoutAChoiceTheSystemsLanguageDecides() {
        LanguageChoice choice = new LanguageChoice(node);
        assertThat(choice.saved(Locale.TAIWAN)).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(choice.saved(Locale.CHINA)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(choice.saved(Locale.CANADA_FRENCH)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aChoiceIsKeptAsItsTagAndWinsOverTheSystem() {
        new LanguageChoice(node).save(Language.SIMPLIFIED_CHINESE);
        assertThat(node.get(LanguageChoice.KEY, null)).isEqualTo("zh-Hans");
        assertThat(new LanguageChoice(node).saved(Locale.US)).isEqualTo(Language.SIMPLIFIED_CHINESE);
    }
}

package org.returnwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Outcome;

class LocalizationTest {

    @AfterEach
    void backToEnglish() {
        Localization.use(Language.ENGLISH);
    }

    @Test
    void theSystemsLanguageDecidesTheScript() {
        assertThat(Language.closestTo(Locale.forLanguageTag("zh-CN"))).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.closestTo(Locale.forLanguageTag("zh-SG"))).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.closestTo(Locale.forLanguageTag("zh-TW"))).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(Language.closestTo(Locale.forLanguageTag("zh-HK"))).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(Language.closestTo(Locale.forLanguageTag("zh-MO"))).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(Language.closestTo(Locale.forLanguageTag("zh-Hant-CN"))).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(Language.closestTo(Locale.forLanguageTag("en-CA"))).isEqualTo(Language.ENGLISH);
        assertThat(Language.closestTo(Locale.forLanguageTag("fr-FR"))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void wordsComeFromTheChosenLanguageWithTheirPlaceholdersFilled() {
        assertThat(Localization.lang("Open database")).isEqualTo("Open database");
        Localization.use(Language.SIMPLIFIED_CHINESE);
        assertThat(Localization.lang("Open database")).isEqualTo("打开数据库");
        assertThat(Localization.lang("Could not write {0}: {1}", "a.png", "disk full"))
                .isEqualTo("无法写入 a.png：disk full");
        Localization.use(Language.TRADITIONAL_CHINESE);
        assertThat(Localization.lang("Open database")).isEqualTo("開啟資料庫");
        assertThat(Localization.label(AgreementStatus.IN_FORCE)).isEqualTo("生效中");
    }

    @Test
    void anApostropheStaysAndAYearIsNotGrouped() {
        assertThat(Localization.lang("making the dossier's preview")).isEqualTo("making the dossier's preview");
        assertThat(Localization.lang("{0}\n\nOpen it with the system's PDF reader?", 2021))
                .isEqualTo("2021\n\nOpen it with the system's PDF reader?");
        assertThat(Localization.number(12345)).isEqualTo("12,345");
    }

    @Test
    void aControlledValuesWordsAreTranslatedAndAMissingKeyShowsItsEnglish() {
        Localization.use(Language.SIMPLIFIED_CHINESE);
        assertThat(Localization.label(Outcome.RETURNED_UNDER_PRESSURE)).isEqualTo("在压力下返回");
        assertThat(Localization.lang("no such words")).isEqualTo("no such words");
    }

    @Test
    void theEnglishBundleIsUsedWhateverTheSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("zh-CN"));
            Localization.use(Language.ENGLISH);
            assertThat(Localization.lang("Open database")).isEqualTo("Open database");
        } finally {
            Locale.setDefault(before);
        }
    }
}

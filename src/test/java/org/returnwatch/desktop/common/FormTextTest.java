package org.returnwatch.desktop.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.PartOfYear;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Localization;

/** What a typed date is told: why it cannot be a date, or that it lies in the future. */
class FormTextTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aDayThatCannotBeSaysWhy() {
        assertThat(FormText.dateProblem("31/02/2020")).contains("February 2020 has 29 days");
        assertThat(FormText.dateProblem("14/03/2021")).isNull();
        assertThat(FormText.dateProblem("2021年3月14日")).isNull();
    }

    @AfterEach
    void english() {
        Localization.use(Language.ENGLISH);
    }

    @Test
    void whyADayCannotBeIsSaidInTheWindowsLanguage() {
        Localization.use(Language.SIMPLIFIED_CHINESE);
        assertThat(FormText.dateProblem("31/02/2020")).contains("2020年2月只有29天").doesNotContain("February");
        assertThat(FormText.dateProblem("2021-13-01")).contains("没有13月").doesNotContain("month");
        Localization.use(Language.TRADITIONAL_CHINESE);
        assertThat(FormText.dateProblem("2021-13-01")).contains("沒有13月");
    }

    @Test
    void anUnknownDateIsAnEmptyFieldInEveryLanguageAndIsSavedAsUnknownAgain() {
        assertThat(FormText.editable(FuzzyDate.UNKNOWN)).isEmpty();
        assertThat(FormText.date(FormText.editable(FuzzyDate.UNKNOWN), FuzzyDate.UNKNOWN)).isEqualTo(FuzzyDate.UNKNOWN);
        FuzzyDate early = FuzzyDate.ofPart(PartOfYear.EARLY, 2017).asApproximate();
        assertThat(FormText.editable(early)).isEqualTo(early.toText());
        assertThat(FormText.date(FormText.editable(early), FuzzyDate.UNKNOWN)).isEqualTo(early);
    }

    @Test
    void aFutureDateIsWarnedOfNotRefused() {
        assertThat(FormText.dateProblem("2031")).isNull();
        assertThat(FormText.dateWarning("2031", TODAY)).contains("in the future");
        assertThat(FormText.dateWarning("December 2026", TODAY)).contains("in the future");
        assertThat(FormText.dateWarning("2026", TODAY)).as("this year has begun").isNull();
        assertThat(FormText.dateWarning("2016?", TODAY)).isNull();
        assertThat(FormText.dateWarning("not a date", TODAY)).isNull();
    }
}

package org.returnwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.DateBound;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.PartOfYear;
import org.returnwatch.domain.Season;

/** Dates, and a link read from its far end, in the language of the window. */
class DateWordsTest {
    private static final List<FuzzyDate> DATES = List.of(FuzzyDate.UNKNOWN, FuzzyDate.ofDay(LocalDate.of(2016, 5, 3)),
            FuzzyDate.ofMonth(2016, 5), FuzzyDate.ofYear(2021), FuzzyDate.ofYear(2016).asApproximate(),
            FuzzyDate.ofYear(2020).asInferred(), FuzzyDate.ofSeason(Season.SPRING, 2016),
            FuzzyDate.ofSeason(Season.WINTER, 2016), FuzzyDate.ofPart(PartOfYear.EARLY, 2017),
            FuzzyDate.ofPart(PartOfYear.LATE, 2021).withBound(DateBound.BY),
            FuzzyDate.ofDay(LocalDate.of(2015, 1, 1)).withBound(DateBound.SINCE),
            FuzzyDate.ofMonth(2021, 3).withBound(DateBound.BY).asApproximate().asInferred(),
            FuzzyDate.ofYears(2014, 2017));

    @AfterEach
    void english() {
        Localization.use(Language.ENGLISH);
    }

    @Test
    void inEnglishADateReadsAsItAlwaysDid() {
        Localization.use(Language.ENGLISH);
        for (FuzzyDate d : DATES) {
            assertThat(DateWords.show(d)).as(d.toText()).isEqualTo(d.toDisplay());
        }
        assertThat(DateWords.show(FuzzyDate.ofPart(PartOfYear.LATE, 2021).withBound(DateBound.BY)))
                .isEqualTo("by late 2021");
    }

    @Test
    void inChineseADateReadsInChinese() {
        Localization.use(Language.SIMPLIFIED_CHINESE);
        assertThat(DateWords.show(FuzzyDate.ofDay(LocalDate.of(2016, 5, 3)))).isEqualTo("2016年5月3日");
        assertThat(DateWords.show(FuzzyDate.ofMonth(2021, 3).withBound(DateBound.BY))).isEqualTo("不晚于2021年3月");
        assertThat(DateWords.show(FuzzyDate.ofYear(2021).asApproximate())).isEqualTo("2021年?");
        assertThat(DateWords.show(FuzzyDate.ofPart(PartOfYear.EARLY, 2017))).isEqualTo("2017年初");
        assertThat(DateWords.show(FuzzyDate.ofSeason(Season.WINTER, 2016))).isEqualTo("2016年冬季");
        assertThat(DateWords.show(FuzzyDate.ofYear(2020).asInferred())).isEqualTo("2020年（推断）");
        assertThat(DateWords.show(FuzzyDate.ofDay(LocalDate.of(2015, 1, 1)).withBound(DateBound.SINCE)))
                .isEqualTo("自2015年1月1日起");
        assertThat(DateWords.show(FuzzyDate.UNKNOWN)).isEqualTo("日期不详");
        Localization.use(Language.TRADITIONAL_CHINESE);
        assertThat(DateWords.show(FuzzyDate.ofYear(2020).asInferred())).isEqualTo("2020年（推斷）");
        for (FuzzyDate d : DATES) {
            assertThat(DateWords.show(d)).as(d.toText()).doesNotContainPattern("[A-Za-z]");
        }
    }

    /** What the window shows in Chinese (and the date field's hint) can be typed back and means the same date. */
    @Test
    void aDateShownInChineseCanBeTypedBack() {
        for (Language l : List.of(Language.SIMPLIFIED_CHINESE, Language.TRADITIONAL_CHINESE)) {
            Localization.use(l);
            for (FuzzyDate d : DATES) {
                assertThat(org.returnwatch.domain.FuzzyDateParser.tryParse(DateWords.show(d)))
                        .as(l + ": " + DateWords.show(d)).hasValue(d);
            }
            for (String text : List.of("2014–2017", "late 2019–early 2020", "2016-05–2017-03")) {
                assertThat(org.returnwatch.domain.FuzzyDateParser.tryParse(DateWords.show(span(text))))
                        .as(l + ": " + DateWords.show(span(text))).hasValue(span(text));
            }
        }
        for (String hinted : List.of("2016年春", "未知", "2016年5月", "2016?")) {
            assertThat(org.returnwatch.domain.FuzzyDateParser.tryParse(hinted)).as(hinted).isPresent();
        }
    }

    @Test
    void aLinkReadFromItsFarEndIsInChinese() {
        Localization.use(Language.SIMPLIFIED_CHINESE);
        for (LinkRelation r : LinkRelation.values()) {
            assertThat(Localization.lang(r.inverseLabel())).as(r.name()).doesNotContainPattern("[A-Za-z]");
        }
        assertThat(Localization.lang(LinkRelation.USED_TO_PERSUADE.inverseLabel())).isEqualTo("被其劝说");
    }

    /** Every form a span's ends take: whole years, thirds of a year at either end, months, days, and marks. */
    @Test
    void aSpanReadsInChineseWithEachEndInItsOwnWords() {
        Localization.use(Language.SIMPLIFIED_CHINESE);
        assertThat(DateWords.show(span("2014–2017"))).isEqualTo("2014年至2017年");
        assertThat(DateWords.show(span("2014–early 2017"))).isEqualTo("2014年至2017年初");
        assertThat(DateWords.show(span("mid 2015–2016"))).isEqualTo("2015年中至2016年");
        assertThat(DateWords.show(span("late 2019–early 2020"))).isEqualTo("2019年末至2020年初");
        assertThat(DateWords.show(span("2016-05–2017-03"))).isEqualTo("2016年5月至2017年3月");
        assertThat(DateWords.show(span("2016-05-03–2016-06-10"))).isEqualTo("2016年5月3日至2016年6月10日");
        assertThat(DateWords.show(span("by 2014–early 2017?"))).isEqualTo("不晚于2014年至2017年初?");
        assertThat(DateWords.show(span("2014–early 2017 (inferred)"))).isEqualTo("2014年至2017年初（推断）");
        Localization.use(Language.TRADITIONAL_CHINESE);
        assertThat(DateWords.show(span("late 2019–early 2020"))).isEqualTo("2019年末至2020年初");
        assertThat(DateWords.show(span("mid 2015–2016"))).isEqualTo("2015年中至2016年");
        Localization.use(Language.ENGLISH);
        for (String text : List.of("2014–2017", "2014–early 2017", "mid 2015–2016", "late 2019–early 2020",
                "2016-05–2017-03", "2016-05-03–2016-06-10")) {
            assertThat(DateWords.show(span(text))).isEqualTo(text);
        }
    }

    @Test
    void aDossierOrACommandSaysADateInItsOwnLanguageWhateverTheWindowSpeaks() {
        Localization.use(Language.ENGLISH);
        assertThat(DateWords.show(span("2014–early 2017"), Wording.of(Language.SIMPLIFIED_CHINESE)))
                .isEqualTo("2014年至2017年初");
        assertThat(DateWords.show(span("2014–early 2017"))).isEqualTo("2014–early 2017");
    }

    private static FuzzyDate span(String text) {
        FuzzyDate d = org.returnwatch.domain.FuzzyDateParser.parse(text);
        assertThat(d.precision()).as(text).isEqualTo(org.returnwatch.domain.DatePrecision.SPAN);
        return d;
    }
}

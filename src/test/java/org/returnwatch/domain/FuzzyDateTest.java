package org.returnwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates keep the precision their source gave them, and read back from their own text. */
class FuzzyDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-05-03      | DAY     | 2019-05-03 | 2019-05-03 | 2019-05-03  | 3 May 2019",
        "3 May 2019      | DAY     | 2019-05-03 | 2019-05-03 | 2019-05-03  | 3 May 2019",
        "May 3, 2019     | DAY     | 2019-05-03 | 2019-05-03 | 2019-05-03  | 3 May 2019",
        "2019-05         | MONTH   | 2019-05-01 | 2019-05-31 | 2019-05     | May 2019",
        "05/2019         | MONTH   | 2019-05-01 | 2019-05-31 | 2019-05     | May 2019",
        "May 2019        | MONTH   | 2019-05-01 | 2019-05-31 | 2019-05     | May 2019",
        "Sept 2016       | MONTH   | 2016-09-01 | 2016-09-30 | 2016-09     | September 2016",
        "2019            | YEAR    | 2019-01-01 | 2019-12-31 | 2019        | 2019",
        "spring 2016     | SEASON  | 2016-03-01 | 2016-05-31 | spring 2016 | spring 2016",
        "Autumn 2016     | SEASON  | 2016-09-01 | 2016-11-30 | autumn 2016 | autumn 2016",
        "winter 2016     | SEASON  | 2015-12-01 | 2016-02-29 | winter 2016 | winter 2016",
        "2014–2017       | SPAN    | 2014-01-01 | 2017-12-31 | 2014–2017   | 2014–2017",
        "2014-2017       | SPAN    | 2014-01-01 | 2017-12-31 | 2014–2017   | 2014–2017",
        "2014 to 2017    | SPAN    | 2014-01-01 | 2017-12-31 | 2014–2017   | 2014–2017",
        "2014-03–2017-02 | SPAN    | 2014-03-01 | 2017-02-28 | 2014-03–2017-02 | 2014-03–2017-02",
    })
    void readsCommonFormsKeepingPrecision(String text, DatePrecision precision, LocalDate start, LocalDate end,
                                          String canonical, String display) {
        FuzzyDate d = FuzzyDateParser.parse(text);
        assertThat(d.precision()).isEqualTo(precision);
        assertThat(d.start()).isEqualTo(start);
        assertThat(d.end()).isEqualTo(end);
        assertThat(d.toText()).isEqualTo(canonical);
        assertThat(d.toDisplay()).isEqualTo(display);
        assertThat(FuzzyDateParser.parse(d.toText())).isEqualTo(d);
    }

    @Test
    void hedgedAndUnknownDatesStayHedgedAndUnknown() {
        FuzzyDate hedged = FuzzyDateParser.parse("2016?");
        assertThat(hedged.approximate()).isTrue();
        assertThat(hedged.toDisplay()).isEqualTo("2016?");
        assertThat(FuzzyDateParser.parse("c. 2016")).isEqualTo(hedged);
        assertThat(FuzzyDateParser.parse("spring 2016?").toDisplay()).isEqualTo("spring 2016?");
        assertThat(FuzzyDateParser.parse("unknown")).isEqualTo(FuzzyDate.UNKNOWN);
        assertThat(FuzzyDateParser.parse("")).isEqualTo(FuzzyDate.UNKNOWN);
        assertThat(FuzzyDate.UNKNOWN.toDisplay()).isEqualTo("date unknown");
    }

    @Test
    void impossibleDatesAreRefusedWithWhyOrTheAcceptedForms() {
        assertThatThrownBy(() -> FuzzyDateParser.parse("2019-02-30")).hasMessageContaining("February 2019 has 28 days");
        assertThatThrownBy(() -> FuzzyDateParser.parse("Smarch 2019")).hasMessageContaining("use e.g. 2016-05-03");
        assertThatThrownBy(() -> FuzzyDateParser.parse("2017–2014")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FuzzyDateParser.parse("Smarch 2019")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FuzzyDateParser.parse("13/2019")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownDatesSortLastAndSpansSortByTheirStart() {
        FuzzyDate span = FuzzyDate.ofYears(2014, 2017);
        FuzzyDate day = FuzzyDateParser.parse("2015-03-02");
        assertThat(java.util.stream.Stream.of(FuzzyDate.UNKNOWN, day, span).sorted())
                .containsExactly(span, day, FuzzyDate.UNKNOWN);
    }

    @Test
    void reportingPeriodsDistinguishYearsSpansAndAsOfDates() {
        assertThat(ReportingPeriod.parse("2016").periodKind()).isEqualTo(PeriodKind.YEAR);
        assertThat(ReportingPeriod.parse("2008–2014").periodKind()).isEqualTo(PeriodKind.SPAN);
        assertThat(ReportingPeriod.parse("2008–2014").isMultiYear()).isTrue();
        ReportingPeriod asOf = ReportingPeriod.parse("as of 2020-03");
        assertThat(asOf.periodKind()).isEqualTo(PeriodKind.AS_OF);
        assertThat(asOf.toText()).isEqualTo("as of 2020-03");
        assertThat(asOf.toDisplay()).isEqualTo("as of March 2020");
        assertThat(ReportingPeriod.parse("as of 2014").date().precision()).isEqualTo(DatePrecision.YEAR);
        assertThatThrownBy(() -> ReportingPeriod.parse("unknown")).hasMessageContaining("known period");
    }

    @Test
    void referencesParseAndPrintWithTheirKind() {
        assertThat(Reference.parse("rw-c-7")).hasToString("RW-C-0007");
        assertThat(Reference.parse("RW-SRC-0012").kind()).isEqualTo(RecordKind.SOURCE);
        assertThatThrownBy(() -> Reference.parse("RW-X-0001")).hasMessageContaining("unknown reference kind");
        assertThatThrownBy(() -> Reference.parse("C-0001")).hasMessageContaining("not a reference code");
    }

    @Test
    void aDateTheCuratorInferredIsMarkedApartFromOneTheSourceHedges() {
        FuzzyDate inferred = FuzzyDateParser.parse("2020 (inferred)");
        assertThat(inferred.inferred()).isTrue();
        assertThat(inferred.approximate()).isFalse();
        assertThat(inferred.toText()).isEqualTo("2020 (inferred)");
        assertThat(inferred.toDisplay()).isEqualTo("2020 (inferred)");
        FuzzyDate both = FuzzyDateParser.parse("2016? (inferred)");
        assertThat(both.approximate()).isTrue();
        assertThat(both.inferred()).isTrue();
        assertThat(FuzzyDateParser.parse(both.toText())).isEqualTo(both);
        assertThat(FuzzyDateParser.parse("2016?").inferred()).isFalse();
    }

    @Test
    void openFormsKeepWhatTheSourceSays() {
        FuzzyDate early = FuzzyDateParser.parse("early 2017");
        assertThat(early.precision()).isEqualTo(DatePrecision.PART_OF_YEAR);
        assertThat(early.start()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(early.end()).isEqualTo(LocalDate.of(2017, 4, 30));
        assertThat(early.toText()).isEqualTo("early 2017");

        FuzzyDate byLate = FuzzyDateParser.parse("by late 2021");
        assertThat(byLate.bound()).isEqualTo(DateBound.BY);
        assertThat(byLate.end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(byLate.toText()).isEqualTo("by late 2021");
        assertThat(byLate.toDisplay()).isEqualTo("by late 2021");

        FuzzyDate since = FuzzyDateParser.parse("since 1 January 2015");
        assertThat(since.bound()).isEqualTo(DateBound.SINCE);
        assertThat(since.start()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(since.toText()).isEqualTo("since 2015-01-01");
        assertThat(since.toDisplay()).isEqualTo("since 1 January 2015");

        for (FuzzyDate d : new FuzzyDate[] {early, byLate, since, FuzzyDateParser.parse("mid 2016?"),
            FuzzyDateParser.parse("by 2014 (inferred)")}) {
            assertThat(FuzzyDateParser.parse(d.toText())).as(d.toText()).isEqualTo(d);
        }
    }

    @Test
    void aRelativeDateIsReadAgainstWhenTheSourceSaidItAndMarkedInferred() {
        FuzzyDate published = FuzzyDate.ofDay(LocalDate.of(2020, 10, 29));
        FuzzyDate july = FuzzyDateParser.tryParse("July this year", published).orElseThrow();
        assertThat(july).isEqualTo(FuzzyDate.ofMonth(2020, 7).asInferred());
        assertThat(july.toText()).isEqualTo("2020-07 (inferred)");
        assertThat(FuzzyDateParser.tryParse("this August", published).orElseThrow())
                .isEqualTo(FuzzyDate.ofMonth(2020, 8).asInferred());
        assertThat(FuzzyDateParser.tryParse("last year", published).orElseThrow())
                .isEqualTo(FuzzyDate.ofYear(2019).asInferred());
        assertThat(FuzzyDateParser.tryParse("early this year", published).orElseThrow().toText())
                .isEqualTo("early 2020 (inferred)");

        assertThat(FuzzyDateParser.isRelative("July this year")).isTrue();
        assertThat(FuzzyDateParser.tryParse("July this year")).as("no date to read it against").isEmpty();
        assertThat(FuzzyDateParser.isRelative("July 2020")).isFalse();
    }

    @Test
    void aDayWrittenInNumbersIsReadInTheOrderTheNumbersOrTheLocaleGive() {
        assertThat(FuzzyDateParser.parse("14/03/2021")).isEqualTo(FuzzyDate.ofDay(java.time.LocalDate.of(2021, 3, 14)));
        assertThat(FuzzyDateParser.parse("3/14/2021")).isEqualTo(FuzzyDate.ofDay(java.time.LocalDate.of(2021, 3, 14)));
        assertThat(FuzzyDateParser.parse("14.03.2021")).isEqualTo(FuzzyDate.ofDay(java.time.LocalDate.of(2021, 3, 14)));
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        try {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.UK);
            assertThat(FuzzyDateParser.parse("04/03/2021"))
                    .isEqualTo(FuzzyDate.ofDay(java.time.LocalDate.of(2021, 3, 4)));
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.US);
            assertThat(FuzzyDateParser.parse("04/03/2021"))
                    .isEqualTo(FuzzyDate.ofDay(java.time.LocalDate.of(2021, 4, 3)));
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
    }

    @Test
    void datesWrittenInChineseAreRead() {
        assertThat(FuzzyDateParser.parse("2021年3月14日")).isEqualTo(FuzzyDate.ofDay(java.time.LocalDate.of(2021, 3, 14)));
        assertThat(FuzzyDateParser.parse("2021年3月")).isEqualTo(FuzzyDate.ofMonth(2021, 3));
        assertThat(FuzzyDateParser.parse("2021年")).isEqualTo(FuzzyDate.ofYear(2021));
        assertThat(FuzzyDateParser.parse("2021年3月14日?").approximate()).isTrue();
    }

    @Test
    void anImpossibleDaySaysWhy() {
        assertThatThrownBy(() -> FuzzyDateParser.parse("31/02/2020")).hasMessageContaining("February 2020 has 29 days");
        assertThatThrownBy(() -> FuzzyDateParser.parse("2021-02-29")).hasMessageContaining("February 2021 has 28 days");
        assertThatThrownBy(() -> FuzzyDateParser.parse("2020-13-01")).hasMessageContaining("there is no month 13");
        assertThat(FuzzyDateParser.impossible("2020-02-29")).isEmpty();
    }
}

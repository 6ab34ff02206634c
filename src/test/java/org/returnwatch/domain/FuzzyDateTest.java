package org.returnwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
    void impossibleDatesAreRefusedWithTheAcceptedForms() {
        assertThatThrownBy(() -> FuzzyDateParser.parse("2019-02-30")).hasMessageContaining("use e.g. 2016-05-03");
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
}

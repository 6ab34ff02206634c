package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.ReportingPeriod;

class ChartRequestTest {

    private final ChartFixtures fx = new ChartFixtures();

    @Test
    void aRequestNeedsASeriesAndYearsInOrder() {
        assertThatThrownBy(() -> ChartRequest.of(List.of(), fx.sources, ChartFixtures.DRAWN_ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one series");
        assertThatThrownBy(() -> fx.request().withYears(2020, 2014))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020").hasMessageContaining("2014");
    }

    @Test
    void aPeriodIsCoveredWhenItOverlapsTheChosenYears() {
        ChartRequest r = fx.request().withYears(2012, 2015);
        assertThat(r.covers(ReportingPeriod.years(2008, 2014))).isTrue();
        assertThat(r.covers(ReportingPeriod.years(2015, 2018))).isTrue();
        assertThat(r.covers(ReportingPeriod.years(2005, 2011))).isFalse();
        assertThat(r.covers(ReportingPeriod.year(2016))).isFalse();
        assertThat(r.covers(ReportingPeriod.asOf(FuzzyDate.ofMonth(2015, 12)))).isTrue();
        assertThat(fx.request().withYears(null, 2010).covers(ReportingPeriod.year(1990))).isTrue();
    }

    @Test
    void autoDrawsFlowsAsBarsAndStocksAsLines() {
        assertThat(ChartType.AUTO.resolve(Measure.FLOW)).isEqualTo(ChartType.BAR);
        assertThat(ChartType.AUTO.resolve(Measure.STOCK)).isEqualTo(ChartType.LINE);
        assertThat(ChartType.BAR.resolve(Measure.STOCK)).isEqualTo(ChartType.BAR);
        assertThat(ChartType.parse("line")).isEqualTo(ChartType.LINE);
        assertThatThrownBy(() -> ChartType.parse("pie")).hasMessageContaining("bar, line or auto");
    }

    @Test
    void formatsAndSizesReadAsTheCommandLineGivesThem() {
        assertThat(ExportFormat.parse("PDF")).isEqualTo(ExportFormat.PDF);
        assertThat(ExportFormat.ofFileName(java.nio.file.Path.of("out/chart.Svg"))).contains(ExportFormat.SVG);
        assertThatThrownBy(() -> ExportFormat.parse("jpg")).hasMessageContaining("png, svg or pdf");
        assertThat(ExportOptions.defaults().withDpi(600).pixelWidth()).isEqualTo(3780);
        assertThatThrownBy(() -> ExportOptions.defaults().withDpi(5)).hasMessageContaining("dpi");
    }
}

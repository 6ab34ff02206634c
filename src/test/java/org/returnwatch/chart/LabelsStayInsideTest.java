package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;

/** DossierWords and markers near the plot's edges are moved or shortened to stay inside it, never cut off. */
class LabelsStayInsideTest {
    private final SeriesChartFactory factory = new SeriesChartFactory(new ChartTheme(ChartFont.BUILT_IN));

    @Test
    void aHedgedLabelOnTheLastPointAndTheLastMarkerStayInsideThePlot() {
        UUID id = UUID.randomUUID();
        List<DataPoint> points = List.of(
                point(id, ReportingPeriod.asOf(FuzzyDate.ofYear(2015)), 39000, Qualifier.NEARLY),
                point(id, ReportingPeriod.asOf(FuzzyDate.ofMonth(2022, 12)), 40000, Qualifier.NEARLY));
        Series stock = new Series(id, null, 0, "U.S. removal inventory", Measure.STOCK, "people", List.of(), null,
                null, points);
        Map<UUID, List<org.returnwatch.domain.Source>> sources = Map.of(points.get(0).id(), List.of(ChartFixtures.CBSA),
                points.get(1).id(), List.of(ChartFixtures.CBSA));
        DrawnChart drawn = DrawnChart.of(factory.figure(ChartRequest.of(List.of(stock), sources,
                ChartFixtures.DRAWN_ON)));
        PlotLabels.Layout layout = drawn.panels().get(0).layout();

        assertThat(layout.placed()).extracting(PlotLabels.Placed::text)
                .anySatisfy(t -> assertThat(t).contains("40,000"));
        assertThat(layout.placed()).allSatisfy(p -> assertThat(layout.area().contains(p.box())).as(p.text()).isTrue());
        // December 2022 lies at the very end of the last year: the axis makes room for the whole marker
        assertThat(layout.marks()).allSatisfy(m -> assertThat(layout.area().contains(m)).as(m.toString()).isTrue());
    }

    @Test
    void aYearAxisZoomedInAWindowStaysZoomedAndIsFittedAgainWhenReset() {
        ChartFigure figure = factory.figure(new ChartFixtures().request());
        DrawnChart.of(figure);
        org.jfree.chart.axis.ValueAxis years = figure.chart().getXYPlot().getDomainAxis();
        org.jfree.data.Range fitted = years.getRange();
        assertThat(fitted.getLowerBound()).isLessThanOrEqualTo(2007.5);

        years.setRange(2015.5, 2018.5);
        DrawnChart.of(figure);
        assertThat(years.getRange()).isEqualTo(new org.jfree.data.Range(2015.5, 2018.5));

        years.setAutoRange(true);
        DrawnChart.of(figure);
        assertThat(years.getRange()).isEqualTo(fitted);
    }

    @Test
    void aMilestoneLabelTooLongForEitherSideIsShortenedKeepingItsStatus() {
        String label = "Canada–China memorandum of understanding on law-enforcement cooperation (2016): signed";
        String fitted = MilestoneLabelLayout.fitted(label, 150, s -> s.length() * 5);
        assertThat(fitted).endsWith("…: signed").startsWith("Canada–China");
        assertThat(fitted.length() * 5).isLessThanOrEqualTo(150);
        assertThat(MilestoneLabelLayout.fitted("Short: signed", 150, s -> s.length() * 5)).isEqualTo("Short: signed");
        assertThat(MilestoneLabelLayout.fitted("Canada–China readmission arrangement: abandoned (date uncertain)", 200,
                s -> s.length() * 5)).endsWith("…: abandoned (date uncertain)");
    }

    private static DataPoint point(UUID series, ReportingPeriod period, int value, Qualifier q) {
        return new DataPoint(UUID.randomUUID(), null, 0, series, period, BigDecimal.valueOf(value), null, q, null,
                null);
    }
}

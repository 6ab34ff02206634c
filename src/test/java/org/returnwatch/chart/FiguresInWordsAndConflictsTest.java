package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.returnwatch.chart.PlottedLayers.Placed;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.PointKind;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Trend;

/**
 * A yearly rate over a span is drawn as a rate; sizes and trends published in words are quoted in the
 * notes and never drawn; a conflict between figures is said under any chart that draws either.
 */
class FiguresInWordsAndConflictsTest {
    private final SeriesChartFactory factory = new SeriesChartFactory(new ChartTheme(ChartFont.BUILT_IN));
    private final UUID seriesId = UUID.randomUUID();
    private final UUID otherSeriesId = UUID.randomUUID();
    private final DataPoint rate = new DataPoint(UUID.randomUUID(), null, 0, seriesId,
            ReportingPeriod.eachYear(2008, 2020), BigDecimal.valueOf(300), BigDecimal.valueOf(800), Qualifier.RANGE,
            null, null);
    private final DataPoint total = figure(seriesId, "2008–2020", 6597);
    private final DataPoint vague = DataPoint.inWords(UUID.randomUUID(), seriesId,
            ReportingPeriod.parse("as of 2022 (inferred)"), PointKind.VAGUE_SIZE, null, "thousands every year",
            "Safeguard Defenders", null);
    private final DataPoint falling = DataPoint.inWords(UUID.randomUUID(), seriesId, ReportingPeriod.parse("2018–2020"),
            PointKind.TREND, Trend.FALLING, "fell over the past two years", "CBSA", null);
    private final DataPoint part = figure(otherSeriesId, "2008–2014", 2472);
    private final Series removals = new Series(seriesId, null, 0, "Removals to China", Measure.FLOW, "people",
            List.of(), null, null, List.of(rate, total, vague, falling));
    private final Series cbsa = new Series(otherSeriesId, null, 0, "CBSA removals", Measure.FLOW, "people",
            List.of(), null, null, List.of(part));

    private static DataPoint figure(UUID series, String period, int value) {
        return new DataPoint(UUID.randomUUID(), null, 0, series, ReportingPeriod.parse(period),
                BigDecimal.valueOf(value), null, Qualifier.EXACT, "CBSA", null);
    }

    private ChartRequest request(Series... series) {
        Map<UUID, List<org.returnwatch.domain.Source>> sources = Map.of(total.id(), List.of(ChartFixtures.SAFEGUARD));
        Link conflict = new Link(UUID.randomUUID(), null, 0, RecordKind.DATA_POINT, part.id(), RecordKind.DATA_POINT,
                total.id(), LinkRelation.CONFLICTS_WITH, "2,472 + 2,894 = 5,366, not 6,597");
        Map<UUID, DataPoint> points = Map.of(part.id(), part, total.id(), total);
        Map<UUID, Series> byId = Map.of(seriesId, removals, otherSeriesId, cbsa);
        List<FigureConflict> conflicts = FigureConflict.among(List.of(series), List.of(conflict),
                id -> java.util.Optional.ofNullable(points.get(id)), id -> java.util.Optional.ofNullable(byId.get(id)));
        return ChartRequest.of(List.of(series), sources, ChartFixtures.DRAWN_ON).withConflicts(conflicts);
    }

    @Test
    void aRateIsDrawnAcrossItsSpanAsAYearlyFigureAndWordsAreNeverDrawn() {
        PlottedLayers layers = PlottedLayers.of(factory.create(request(removals)));
        Placed placed = layers.figures().stream().filter(p -> p.figure().point().id().equals(rate.id())).findFirst()
                .orElseThrow();
        assertThat(placed.figure().isYearlyRateOverSpan()).isTrue();
        assertThat(FigureText.spanLabel(placed.figure())).isEqualTo("300–800 a year, 2008–2020");
        assertThat(placed.toolTip()).contains("a yearly rate, not a total");
        assertThat(layers.figures()).extracting(p -> p.figure().point().id())
                .doesNotContain(vague.id(), falling.id());
    }

    @Test
    void theNotesQuoteSizesAndTrendsPublishedInWords() {
        JFreeChart chart = factory.create(request(removals));
        assertThat(HonestyRulesTest.footnotes(chart)).anyMatch(t -> t.contains("Published in words only, not drawn")
                && t.contains("as of 2022 (date inferred): “thousands every year” (Safeguard Defenders)")
                && t.contains("2018–2020: falling: “fell over the past two years” (CBSA)"));
    }

    @Test
    void aConflictIsSaidUnderAChartOfEitherFigure() {
        String expected = "2008–2014: 2,472 (CBSA)";
        assertThat(HonestyRulesTest.footnotes(factory.create(request(cbsa))))
                .anyMatch(t -> t.contains("Figures that cannot both hold: CBSA removals, " + expected
                        + " and Removals to China, 2008–2020: 6,597 (CBSA, via Safeguard Defenders) (not in this chart)"
                        + " — 2,472 + 2,894 = 5,366, not 6,597."));
        assertThat(HonestyRulesTest.footnotes(factory.create(request(removals))))
                .anyMatch(t -> t.contains("Figures that cannot both hold: Removals to China, 2008–2020: 6,597")
                        && t.contains("(not in this chart)"));
        assertThat(HonestyRulesTest.footnotes(factory.create(request(removals, cbsa))))
                .anyMatch(t -> t.contains("Figures that cannot both hold:") && !t.contains("not in this chart"));
    }

    @Test
    void trendsOfTwoSourcesThatDisagreeAreSaidToConflict() {
        DataPoint steady = DataPoint.inWords(UUID.randomUUID(), seriesId, ReportingPeriod.parse("2014–2021"),
                PointKind.TREND, Trend.STEADY, "little change", "Safeguard Defenders", null);
        Series both = removals.withPoints(List.of(falling, steady));
        Link conflict = new Link(UUID.randomUUID(), null, 0, RecordKind.DATA_POINT, falling.id(), RecordKind.DATA_POINT,
                steady.id(), LinkRelation.CONFLICTS_WITH, null);
        Map<UUID, DataPoint> points = Map.of(falling.id(), falling, steady.id(), steady);
        ChartRequest request = ChartRequest.of(List.of(both), Map.of(), ChartFixtures.DRAWN_ON).withConflicts(
                FigureConflict.among(List.of(both), List.of(conflict),
                        id -> java.util.Optional.ofNullable(points.get(id)),
                        id -> java.util.Optional.of(both)));
        assertThat(HonestyRulesTest.footnotes(factory.create(request))).anyMatch(t -> t.contains(
                "Figures that cannot both hold: 2018–2020: falling: “fell over the past two years” (CBSA) and "
                        + "2014–2021: little change: “little change” (Safeguard Defenders)."));
    }

    @Test
    void aChartOfNeitherFigureSaysNothingOfTheConflict() {
        Series unrelated = new Series(UUID.randomUUID(), null, 0, "Other", Measure.FLOW, "people", List.of(), null,
                null, List.of());
        DataPoint lone = figure(unrelated.id(), "2016", 10);
        Series withPoint = unrelated.withPoints(List.of(lone));
        assertThat(HonestyRulesTest.footnotes(factory.create(request(withPoint))))
                .noneMatch(t -> t.contains("cannot both hold"));
    }
}

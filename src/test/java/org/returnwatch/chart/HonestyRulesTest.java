package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.returnwatch.chart.PlottedLayers.Placed;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.PeriodKind;
import org.returnwatch.domain.Series;

class HonestyRulesTest {

    private static final ChartTheme THEME = new ChartTheme(ChartFont.BUILT_IN);
    private final ChartFixtures fx = new ChartFixtures();
    private final SeriesChartFactory factory = new SeriesChartFactory(THEME);

    private PlottedLayers plotted(ChartRequest request) {
        return PlottedLayers.of(factory.create(request));
    }

    private static Placed placedOf(PlottedLayers layers, java.util.UUID pointId) {
        return layers.figures().stream().filter(p -> p.figure().point().id().equals(pointId)).findFirst()
                .orElseThrow(() -> new AssertionError("point not plotted"));
    }

    @Test
    void aTotalOverASpanIsDrawnAcrossItsWholeSpanAndNeverAsOneYearsValue() {
        PlottedLayers layers = plotted(fx.request());

        Placed span = placedOf(layers, fx.span2008to2014.id());
        assertThat(span.layer().renderer()).isInstanceOf(SpanTotalRenderer.class);
        assertThat(span.startX()).isCloseTo(2007.5, within(0.01));
        assertThat(span.endX()).isCloseTo(2014.5, within(0.01));
        assertThat(span.endY()).isEqualTo(2472.0);
        assertThat(FigureText.spanLabel(span.figure())).isEqualTo("2,472 in total, 2008–2014");
        assertThat(span.toolTip()).contains("not a yearly value");
        // nowhere else: no bar or line item carries the span's total
        assertThat(layers.figures()).filteredOn(p -> !(p.layer().renderer() instanceof SpanTotalRenderer))
                .noneMatch(p -> p.figure().point().period().periodKind() == PeriodKind.SPAN)
                .noneMatch(p -> p.endY() == 2472.0);
    }

    @Test
    void aYearlyRatePublishedForASpanIsNeverCalledATotal() {
        java.util.UUID id = java.util.UUID.randomUUID();
        org.returnwatch.domain.DataPoint rate = new org.returnwatch.domain.DataPoint(java.util.UUID.randomUUID(), null,
                0, id, org.returnwatch.domain.ReportingPeriod.years(2008, 2020), java.math.BigDecimal.valueOf(300),
                java.math.BigDecimal.valueOf(800), org.returnwatch.domain.Qualifier.RANGE, null, null);
        Series perYear = new Series(id, null, 0, "Yearly removals (range)", Measure.FLOW, "people per year",
                List.of(), null, null, List.of(rate));
        ChartRequest request = ChartRequest.of(List.of(perYear),
                java.util.Map.of(rate.id(), List.of(ChartFixtures.CBSA)),
                ChartFixtures.DRAWN_ON);
        JFreeChart chart = factory.create(request);
        Placed placed = placedOf(PlottedLayers.of(chart), rate.id());

        assertThat(FigureText.spanLabel(placed.figure())).isEqualTo("300–800 a year, 2008–2020");
        assertThat(placed.toolTip()).contains("a yearly rate, not a total").doesNotContain("in total");
        String notes = chart.getSubtitles().stream().filter(TextTitle.class::isInstance)
                .map(t -> ((TextTitle) t).getText()).reduce("", String::concat);
        assertThat(notes).contains("\"A year\" over a span: a yearly figure that held throughout it")
                .doesNotContain("total");
    }

    @Test
    void theSpanIsASpanEvenWhenItsSeriesIsDrawnAsALine() {
        PlottedLayers layers = plotted(fx.request().withType(ChartType.LINE));
        Placed span = placedOf(layers, fx.span2008to2014.id());
        assertThat(span.layer().renderer()).isInstanceOf(SpanTotalRenderer.class);
        assertThat(span.endX() - span.startX()).isCloseTo(7.0, within(0.01));
    }

    @Test
    void hedgedBarsAreHatchedAndLabelledAndTheNoteExplainsTheMarks() {
        JFreeChart chart = factory.create(fx.request());
        PlottedLayers layers = PlottedLayers.of(chart);
        Placed moreThan = placedOf(layers, fx.moreThan2016.id());
        Placed exact = placedOf(layers, fx.y2014Cbsa.id());
        FigureBarRenderer bars = (FigureBarRenderer) moreThan.layer().renderer();

        Set<Integer> hedgedColours = coloursOfPaintedBar(bars, moreThan);
        Set<Integer> exactColours = coloursOfPaintedBar(bars, exact);
        assertThat(exactColours).hasSize(1);
        assertThat(hedgedColours).as("hatch lines on a pale ground").hasSizeGreaterThan(1)
                .contains(SeriesStyle.OKABE_ITO.get(0).getRGB());

        List<String> labels = DrawnChart.of(factory.figure(fx.request())).labels().stream()
                .map(PlotLabels.Placed::text).toList();
        String nearly = THEME.canDisplay("≲") ? "≲600" : "nearly 600";
        assertThat(labels).contains(">1,500", "≈900", nearly, "300–800", "2,472 in total, 2008–2014")
                .doesNotContain("1,900", "2,143");
        assertThat(footnotes(chart)).anyMatch(t -> t.contains("Hatched bars")
                && t.contains("> more than") && t.contains("≈ about"));
    }

    @Test
    void aRangeAmongBarsIsAnErrorBarFromLowToHighLabelledAsPublished() {
        JFreeChart chart = factory.create(fx.request());
        Placed range = placedOf(PlottedLayers.of(chart), fx.range2018.id());
        FigureBarRenderer bars = (FigureBarRenderer) range.layer().renderer();
        assertThat(bars.markOf(range.series(), range.item())).isEqualTo(Mark.ERROR_BAR);
        assertThat(range.startY()).isEqualTo(300.0);
        assertThat(range.endY()).isEqualTo(800.0);
        assertThat(DrawnChart.of(factory.figure(fx.request())).labels()).extracting(PlotLabels.Placed::text)
                .contains("300–800");
        assertThat(footnotes(chart)).anyMatch(t -> t.contains("Error bars: a range as published, from its low to its "
                + "high value"));
        // drawn as a bar it would claim every value from zero up: no pixel of the slot's lower part is inked
        assertThat(inkBelow(chart, 2018.0, 150)).isZero();
    }

    @Test
    void hedgedPointsOnALineAreHollowInTheirSeriesShapeAndRangesGetErrorBars() {
        PlottedLayers layers = plotted(fx.request().withType(ChartType.LINE));
        Placed atLeast = placedOf(layers, fx.asOf2016.id());
        Placed exact = placedOf(layers, fx.y2014Globe.id());
        Placed range = placedOf(layers, fx.range2018.id());
        FigureLineRenderer lines = (FigureLineRenderer) atLeast.layer().renderer();
        FigureLineRenderer flowLines = (FigureLineRenderer) exact.layer().renderer();

        assertThat(lines.markOf(atLeast.series(), atLeast.item())).isEqualTo(Mark.HOLLOW_POINT);
        assertThat(lines.getItemFillPaint(atLeast.series(), atLeast.item())).isEqualTo(Color.WHITE);
        assertThat(flowLines.markOf(exact.series(), exact.item())).isEqualTo(Mark.POINT);
        assertThat(flowLines.getItemFillPaint(exact.series(), exact.item())).isNotEqualTo(Color.WHITE);
        // each series keeps its own shape, hollow or filled
        assertThat(lines.getItemShape(atLeast.series(), atLeast.item()).getBounds2D())
                .isNotEqualTo(flowLines.getItemShape(exact.series(), exact.item()).getBounds2D());
        assertThat(flowLines.getItemShapeVisible(range.series(), range.item())).isFalse();
        assertThat(flowLines.markOf(range.series(), range.item())).isEqualTo(Mark.ERROR_BAR);
        assertThat(range.startY()).isEqualTo(300.0);
        assertThat(range.endY()).isEqualTo(800.0);
        assertThat(lines.findRangeBounds(range.layer().data()).getUpperBound()).isGreaterThanOrEqualTo(2200.0);
    }

    @Test
    void twoSourcesFiguresForTheSameYearStandSideBySideEachWithItsSource() {
        JFreeChart chart = factory.create(fx.request());
        PlottedLayers layers = PlottedLayers.of(chart);
        Placed globe = placedOf(layers, fx.y2014Globe.id());
        Placed cbsa = placedOf(layers, fx.y2014Cbsa.id());

        assertThat(globe.layer().renderer()).isInstanceOf(FigureBarRenderer.class);
        assertThat(cbsa.layer().renderer()).isInstanceOf(FigureBarRenderer.class);
        assertThat(globe.endX()).isLessThanOrEqualTo(cbsa.startX());
        assertThat(globe.startX()).isGreaterThanOrEqualTo(2013.5);
        assertThat(cbsa.endX()).isLessThanOrEqualTo(2014.5);
        assertThat(globe.endY()).isEqualTo(2200.0);
        assertThat(cbsa.endY()).isEqualTo(2143.0);
        assertThat(globe.toolTip()).contains("2014").contains("2,200")
                .contains("The Globe and Mail, 22 September 2016");
        assertThat(cbsa.toolTip()).contains("2014").contains("2,143").contains("Canada Border Services Agency, 2016");
        assertThat(footnotes(chart)).anyMatch(t -> t.contains("Removals from Canada to China, 2014: 2,200 from The "
                + "Globe and Mail and 2,143 from Canada Border Services Agency — sources differ; both drawn side by "
                + "side"));
    }

    @Test
    void onALineTwoSourcesFiguresForOneYearStandSideBySideAndNoLineJoinsThem() {
        PlottedLayers layers = plotted(fx.request().withType(ChartType.LINE));
        Placed globe = placedOf(layers, fx.y2014Globe.id());
        Placed cbsa = placedOf(layers, fx.y2014Cbsa.id());

        assertThat(globe.series()).as("not in one run").isNotEqualTo(cbsa.series());
        double globeX = globe.layer().data().getXValue(globe.series(), globe.item());
        double cbsaX = cbsa.layer().data().getXValue(cbsa.series(), cbsa.item());
        assertThat(Math.abs(cbsaX - globeX)).as("side by side").isGreaterThan(0.2);
        assertThat(globeX).isBetween(2013.5, 2014.5);
        assertThat(cbsaX).isBetween(2013.5, 2014.5);
        assertThat(cbsa.toolTip()).contains("2,143").contains("Canada Border Services Agency");
    }

    @Test
    void aSecondUnitGetsItsOwnAxisOnTheRightWhenASecondAxisIsAskedFor() {
        Series cases = fx.seriesIn("Interpol notices", "notices", Measure.FLOW, 2015, 40, 2016, 55);
        ChartRequest request = ChartRequest.of(List.of(fx.flow, cases), fx.sources, ChartFixtures.DRAWN_ON)
                .withLayout(ChartLayout.SECOND_AXIS);
        JFreeChart chart = factory.create(request);
        XYPlot plot = chart.getXYPlot();
        PlottedLayers layers = PlottedLayers.of(chart);

        assertThat(plot.getRangeAxisCount()).isEqualTo(2);
        assertThat(plot.getRangeAxis(0).getLabel()).isEqualTo("people");
        assertThat(plot.getRangeAxis(1).getLabel()).isEqualTo("notices");
        assertThat(plot.getRangeAxisEdge(1)).isEqualTo(RectangleEdge.RIGHT);
        for (Placed p : layers.figures()) {
            int expected = p.figure().series().unit().equals("people") ? 0 : 1;
            assertThat(p.layer().axis()).as(p.figure().series().name()).isEqualTo(expected);
        }
        // no dataset mixes units, so nothing of one unit can stack on or share an axis with the other
        for (PlottedLayers.Layer l : layers.layers()) {
            assertThat(l.data().allFigures().stream().map(f -> f.series().unit()).distinct()).hasSize(1);
        }
    }

    @Test
    void threeUnitsGetAPanelEachButNotTwoAxesWhichIsRefusedWithAClearMessage() {
        Series notices = fx.seriesIn("Interpol notices", "notices", Measure.FLOW, 2015, 40);
        Series money = fx.seriesIn("Assets recovered", "CNY million", Measure.FLOW, 2015, 900);
        ChartRequest request = ChartRequest.of(List.of(fx.flow, notices, money), fx.sources, ChartFixtures.DRAWN_ON);
        assertThat(factory.figure(request).panelCount()).isEqualTo(3);
        assertThatThrownBy(() -> factory.create(request.withLayout(ChartLayout.SECOND_AXIS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 groups")
                .hasMessageContaining("in people").hasMessageContaining("in notices")
                        .hasMessageContaining("in CNY million")
                .hasMessageContaining("two axes hold only two").hasMessageContaining("small-multiples");
        assertThatThrownBy(() -> factory.create(request.withLayout(ChartLayout.ONE_AXIS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different units");
    }

    @Test
    void theYearRangeFiltersPointsAndKeepsASpanThatOverlapsItWhole() {
        PlottedLayers later = plotted(fx.request().withYears(2016, 2019));
        assertThat(later.figures()).extracting(p -> p.figure().point().period().startYear())
                .containsOnly(2016, 2017, 2018, 2019);
        assertThat(later.figures()).noneMatch(p -> p.figure().isSpanTotal());

        PlottedLayers overlapping = plotted(fx.request().withYears(2012, 2015));
        Placed span = placedOf(overlapping, fx.span2008to2014.id());
        assertThat(span.startX()).isCloseTo(2007.5, within(0.01));
        assertThat(overlapping.figures()).extracting(p -> p.figure().point().period().endYear())
                .allMatch(y -> y >= 2012 && y <= 2015);
    }

    @Test
    void everyPointsTooltipHasPeriodValueWithQualifierAndSource() {
        PlottedLayers layers = plotted(fx.request());
        assertThat(placedOf(layers, fx.moreThan2016.id()).toolTip())
                .contains("2016").contains("more than 1,500 people")
                        .contains("Source: The Globe and Mail, 22 September 2016");
        assertThat(placedOf(layers, fx.asOf2016.id()).toolTip())
                .contains("as of 1 September 2016").contains("at least 1,300");
        assertThat(placedOf(layers, fx.range2018.id()).toolTip()).contains("2018: 300–800 people")
                .contains("Safeguard Defenders, January 2022");
        for (Placed p : layers.figures()) {
            assertThat(p.toolTip()).contains(p.figure().point().valueText()).contains("Source: ");
        }
    }

    @Test
    void autoDrawsFlowsAsBarsAndStocksAsLines() {
        PlottedLayers layers = plotted(fx.request());
        for (Placed p : layers.figures()) {
            if (p.figure().isSpanTotal()) {
                continue;
            }
            Class<?> expected = p.figure().series().measure() == Measure.FLOW
                    ? FigureBarRenderer.class : FigureLineRenderer.class;
            assertThat(p.layer().renderer()).isInstanceOf(expected);
        }
        assertThat(plotted(fx.request().withType(ChartType.BAR)).drawnBy(FigureLineRenderer.class)).isEmpty();
    }

    @Test
    void theYearAxisPrintsYearsWithoutAThousandsSeparator() {
        NumberAxis years = (NumberAxis) factory.create(fx.request()).getXYPlot().getDomainAxis();
        assertThat(years.getLabel()).as("the years say what the axis is; the plot needs the height").isNull();
        assertThat(years.getStandardTickUnits().getCeilingTickUnit(1.0).valueToString(2014)).isEqualTo("2014");
        assertThat(years.getRange().getLowerBound()).isEqualTo(2007.5);
        assertThat(years.getRange().getUpperBound()).isEqualTo(2021.5);
    }

    static List<String> footnotes(JFreeChart chart) {
        return ChartText.footnotes(chart);
    }

    /** Inked pixels in the lower part of a year's slot, below the given value, when the chart is drawn. */
    private static long inkBelow(JFreeChart chart, double year, double value) {
        BufferedImage image = new BufferedImage(454, 284, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, 454, 284);
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 454, 284), info);
        g2.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        double x0 = plot.getDomainAxis().valueToJava2D(year - 0.3, area, plot.getDomainAxisEdge());
        double x1 = plot.getDomainAxis().valueToJava2D(year + 0.3, area, plot.getDomainAxisEdge());
        double top = plot.getRangeAxis().valueToJava2D(value, area, plot.getRangeAxisEdge());
        long ink = 0;
        for (int x = (int) x0; x < x1; x++) {
            for (int y = (int) top + 1; y < area.getMaxY() - 1; y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int b = rgb & 0xFF;
                if (r != b || r < 0xC0) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static Set<Integer> coloursOfPaintedBar(FigureBarRenderer renderer, Placed p) {
        BufferedImage image = new BufferedImage(40, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, 40, 100);
        renderer.getBarPainter().paintBar(g2, renderer, p.series(), p.item(),
                new Rectangle2D.Double(10, 10, 20, 80), RectangleEdge.BOTTOM);
        g2.dispose();
        Set<Integer> colours = new HashSet<>();
        for (int x = 12; x < 28; x++) {
            for (int y = 12; y < 88; y++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }
}

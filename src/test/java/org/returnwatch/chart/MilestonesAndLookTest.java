package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.returnwatch.chart.MilestoneMarkers.Milestone;

class MilestonesAndLookTest {

    private static final ChartTheme THEME = new ChartTheme(ChartFont.BUILT_IN);
    private final ChartFixtures fx = new ChartFixtures();
    private final SeriesChartFactory factory = new SeriesChartFactory(THEME);

    private static List<Milestone> milestones(ChartFigure figure) {
        return figure.plots().get(0).labels().milestones();
    }

    @Test
    void eachDatedStatusChangeBecomesAMilestoneAtItsDate() {
        List<Milestone> markers = milestones(factory.figure(fx.request()));

        assertThat(markers).extracting(Milestone::words).containsExactly(
                "Canada–China readmission: signed",
                "Canada–China extradition talks: negotiating",
                "Canada–China readmission: suspended");
        // the middle of September is 71% into the year; 2016 runs from 2015.5 to 2016.5 on the axis
        assertThat(markers.get(0).x()).isCloseTo(2016.21, within(0.01));
        assertThat(markers.get(2).x()).isEqualTo(2019.0);
    }

    @Test
    void milestonesOutsideTheChartedYearsAreLeftOut() {
        // the 2005 "abandoned" step lies before the data and the undated "proposed" step has no place
        assertThat(milestones(factory.figure(fx.request()))).extracting(Milestone::words)
                .noneMatch(l -> l.endsWith("abandoned") || l.endsWith("proposed"));
        assertThat(milestones(factory.figure(fx.request().withYears(2014, 2017)))).extracting(Milestone::words)
                .doesNotContain("Canada–China readmission: suspended");
    }

    @Test
    void milestoneLabelsAreLaidOutWithoutOverlapInsideThePlotAtAnyWidth() {
        for (int width : new int[] {453, 700}) {
            DrawnChart drawn = DrawnChart.of(factory.figure(fx.request()), width, 283);
            List<PlotLabels.Placed> labels = drawn.labels().stream()
                    .filter(p -> p.kind() == PlotLabels.Kind.MILESTONE).toList();
            assertThat(labels).hasSize(3);
            Rectangle2D area = drawn.panels().get(0).layout().area();
            for (int i = 0; i < labels.size(); i++) {
                assertThat(area.contains(labels.get(i).box())).as(labels.get(i).text()).isTrue();
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(labels.get(i).box().intersects(labels.get(j).box()))
                            .as("labels %d and %d at width %d", i, j, width).isFalse();
                }
            }
        }
    }

    @Test
    void labelsGoRightOfTheirLineThenLeftThenToANewRow() {
        List<MilestoneLabelLayout.Placement> places = MilestoneLabelLayout.place(
                List.of(100.0, 100.0, 100.0, 350.0, 380.0), List.of(150.0, 90.0, 120.0, 100.0, 100.0), 0, 400);
        assertThat(places).containsExactly(
                new MilestoneLabelLayout.Placement(0, false),
                new MilestoneLabelLayout.Placement(0, true),
                new MilestoneLabelLayout.Placement(1, false),
                new MilestoneLabelLayout.Placement(0, true),
                new MilestoneLabelLayout.Placement(1, true));
    }

    @Test
    void figureLabelsNeverOverlapEachOtherAndStayInsideThePlotAndThoseWithoutRoomAreListedUnderIt() {
        for (ChartType type : ChartType.values()) {
            ChartFigure figure = factory.figure(fx.request().withType(type));
            DrawnChart drawn = DrawnChart.of(figure);
            List<PlotLabels.Placed> placed = drawn.labels();
            assertThat(placed).isNotEmpty();
            ExportOptions size = ExportOptions.defaults();
            String caption = figure.captionAt(size.widthPt(), size.heightPt()).text();
            for (String left : drawn.omitted()) {
                assertThat(caption).contains("Not labelled on the plot for lack of room").contains(left);
            }
            for (int i = 0; i < placed.size(); i++) {
                assertThat(drawn.panels().get(0).layout().area().contains(placed.get(i).box())).isTrue();
                for (int j = i + 1; j < placed.size(); j++) {
                    assertThat(placed.get(i).box().intersects(placed.get(j).box()))
                            .as(type + ": " + placed.get(i).text() + " / " + placed.get(j).text()).isFalse();
                }
            }
        }
    }

    @Test
    void titleAxesUnitAndSourceLineArePrinted() {
        ChartFigure figure = factory.figure(fx.request());
        XYPlot plot = figure.chart().getXYPlot();
        assertThat(figure.chart().getTitle().getText()).isEqualTo("Removals from Canada to China");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("people");
        assertThat(figure.caption().sourceLine()).isEqualTo(
                "Sources: Canada Border Services Agency, 2016; The Globe and Mail, 22 September 2016; "
                        + "Safeguard Defenders, January 2022; CCDI, 2022 · Drawn 12 March 2025");
        // on screen the caption is inside the chart, under the plot
        assertThat(ChartText.footnotes(factory.create(fx.request()))).contains(figure.caption().sourceLine());
    }

    @Test
    void theSourceLineNamesOnlyTheSourcesOfPlottedPoints() {
        assertThat(factory.figure(fx.request().withYears(2019, 2021)).caption().sourceLine()).isEqualTo(
                "Sources: CCDI, 2022; Safeguard Defenders, January 2022 · Drawn 12 March 2025");
    }

    @Test
    void thePlotIsWhiteWithALightGridAndColourBlindSafeSeriesColours() {
        JFreeChart chart = factory.create(fx.request());
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
        Color grid = (Color) plot.getRangeGridlinePaint();
        assertThat(grid.getRed() + grid.getGreen() + grid.getBlue()).isGreaterThan(600);
        PlottedLayers layers = PlottedLayers.of(chart);
        assertThat(layers.drawnBy(FigureBarRenderer.class).get(0).renderer().getSeriesPaint(0))
                .isEqualTo(new Color(0x0072B2));
        assertThat(layers.drawnBy(FigureLineRenderer.class).get(0).renderer().getSeriesPaint(0))
                .isEqualTo(new Color(0xE69F00));
        assertThat(chart.getTitle().getFont().getSize2D()).isEqualTo(ChartTheme.TITLE_SIZE);
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize2D()).isEqualTo(ChartTheme.TICK_SIZE);
    }

    @Test
    void withoutATitleTheSeriesNamesMakeASentence() {
        ChartRequest request = ChartRequest.of(List.of(fx.flow, fx.stock), fx.sources, ChartFixtures.DRAWN_ON);
        TextTitle title = factory.create(request).getTitle();
        assertThat(title.getText())
                .isEqualTo("Removals from Canada to China and removal orders pending, Chinese nationals");
    }
}

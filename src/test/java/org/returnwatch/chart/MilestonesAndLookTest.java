package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

class MilestonesAndLookTest {

    private static final ChartTheme THEME = new ChartTheme(ChartFont.BUILT_IN);
    private final ChartFixtures fx = new ChartFixtures();
    private final SeriesChartFactory factory = new SeriesChartFactory(THEME);

    private static List<ValueMarker> milestones(JFreeChart chart) {
        return ((MilestonePlot) chart.getXYPlot()).milestones();
    }

    @Test
    void eachDatedStatusChangeBecomesALabelledVerticalMarkerAtItsDate() {
        List<ValueMarker> markers = milestones(factory.create(fx.request()));

        assertThat(markers).extracting(ValueMarker::getLabel).containsExactly(
                "Canada–China readmission: signed",
                "Canada–China extradition talks: negotiating",
                "Canada–China readmission: suspended");
        ValueMarker signed = markers.get(0);
        // the middle of September is 71% into the year; 2016 runs from 2015.5 to 2016.5 on the axis
        assertThat(signed.getValue()).isCloseTo(2016.21, within(0.01));
        assertThat(markers.get(2).getValue()).isEqualTo(2019.0);
    }

    @Test
    void milestonesOutsideTheChartedYearsAreLeftOut() {
        // the 2005 "abandoned" step lies before the data and the undated "proposed" step has no place
        assertThat(milestones(factory.create(fx.request()))).extracting(ValueMarker::getLabel)
                .noneMatch(l -> l.endsWith("abandoned") || l.endsWith("proposed"));
        assertThat(milestones(factory.create(fx.request().withYears(2014, 2017)))).extracting(ValueMarker::getLabel)
                .doesNotContain("Canada–China readmission: suspended");
    }

    @Test
    void milestoneLabelsAreLaidOutWithoutOverlapInsideThePlot() {
        for (int width : new int[] {453, 700}) {
            JFreeChart chart = factory.create(fx.request());
            BufferedImage image = new BufferedImage(width, 283, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = image.createGraphics();
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, 283), info);
            Rectangle2D dataArea = info.getPlotInfo().getDataArea();
            XYPlot plot = chart.getXYPlot();
            List<Rectangle2D> boxes = new ArrayList<>();
            for (ValueMarker m : milestones(chart)) {
                FontMetrics fm = g2.getFontMetrics(m.getLabelFont());
                double x = plot.getDomainAxis().valueToJava2D(m.getValue(), dataArea, plot.getDomainAxisEdge());
                double w = fm.stringWidth(m.getLabel());
                boolean toLeft = m.getLabelTextAnchor() == TextAnchor.TOP_RIGHT;
                double left = toLeft ? x - m.getLabelOffset().getLeft() - w : x + m.getLabelOffset().getRight();
                boxes.add(new Rectangle2D.Double(left, dataArea.getMinY() + m.getLabelOffset().getTop(), w,
                        fm.getHeight()));
            }
            g2.dispose();
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(boxes.get(i).getMinX()).isGreaterThanOrEqualTo(dataArea.getMinX());
                assertThat(boxes.get(i).getMaxX()).isLessThanOrEqualTo(dataArea.getMaxX());
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).intersects(boxes.get(j))).as("labels %d and %d at width %d", i, j, width)
                            .isFalse();
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
    void figureLabelsNeverOverlapEachOtherAndStayInsideThePlot() {
        for (ChartType type : ChartType.values()) {
            List<FigureLabels.Placed> placed = PrintedLabels.of(factory.create(fx.request().withType(type)));
            assertThat(placed).isNotEmpty();
            for (int i = 0; i < placed.size(); i++) {
                for (int j = i + 1; j < placed.size(); j++) {
                    assertThat(placed.get(i).bounds().intersects(placed.get(j).bounds()))
                            .as(type + ": " + placed.get(i).text() + " / " + placed.get(j).text()).isFalse();
                }
            }
        }
    }

    @Test
    void titleAxesUnitAndSourceLineArePrinted() {
        JFreeChart chart = factory.create(fx.request());
        XYPlot plot = chart.getXYPlot();
        assertThat(chart.getTitle().getText()).isEqualTo("Removals from Canada to China");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Year");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("people");
        assertThat(HonestyRulesTest.footnotes(chart)).contains(
                "Sources: Canada Border Services Agency, 2016; The Globe and Mail, 22 September 2016; "
                        + "Safeguard Defenders, January 2022; CCDI, 2022 · Drawn 12 March 2025");
    }

    @Test
    void theSourceLineNamesOnlyTheSourcesOfPlottedPoints() {
        JFreeChart chart = factory.create(fx.request().withYears(2019, 2021));
        assertThat(HonestyRulesTest.footnotes(chart)).contains(
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
    void withoutATitleTheSeriesNamesAreTheTitle() {
        ChartRequest request = ChartRequest.of(List.of(fx.flow, fx.stock), fx.sources, ChartFixtures.DRAWN_ON);
        TextTitle title = factory.create(request).getTitle();
        assertThat(title.getText()).isEqualTo("Removals from Canada to China · Removal orders pending, Chinese nationals");
    }
}

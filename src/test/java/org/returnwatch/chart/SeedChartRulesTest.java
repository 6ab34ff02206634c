package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.returnwatch.chart.MilestoneMarkers.Milestone;
import org.returnwatch.chart.PlottedLayers.Placed;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;

/** The seed dataset's charts, drawn as a new user would, keep the rules of docs/chart-rules.md. */
class SeedChartRulesTest {

    private static final ChartTheme THEME = new ChartTheme(ChartFont.BUILT_IN);
    private final SeedCharts seed = SeedCharts.get();
    private final SeriesChartFactory factory = new SeriesChartFactory(THEME);

    private List<Figure> figuresOf(PlottedLayers layers, String ref) {
        return layers.figures().stream().filter(p -> p.figure().series().ref().toString().equals(ref))
                .map(Placed::figure).toList();
    }

    private static Figure at(List<Figure> figures, int year, double value) {
        return figures.stream().filter(f -> f.year() == year && f.low() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in " + year));
    }

    @Test
    void yearsWithoutAFigureAreAHatchedBandSayingNoFigurePublishedNotAnEmptySlot() {
        ChartFigure figure = factory.figure(seed.request("RW-S-0001"));
        FigurePlot plot = figure.plots().get(0);
        assertThat(plot.panel().gaps()).containsExactly(new ChartPlan.Gap(2015, 2018));

        DrawnChart drawn = DrawnChart.of(figure);
        PlotLabels.Placed words = drawn.labels().stream().filter(l -> l.kind() == PlotLabels.Kind.GAP).findFirst()
                .orElseThrow();
        assertThat(words.text()).isEqualTo("no figure published");
        XYPlot xy = figure.chart().getXYPlot();
        Rectangle2D area = drawn.dataArea();
        double from = xy.getDomainAxis().valueToJava2D(2014.5, area, xy.getDomainAxisEdge());
        double to = xy.getDomainAxis().valueToJava2D(2018.5, area, xy.getDomainAxisEdge());
        assertThat(words.box().getMinX()).isGreaterThanOrEqualTo(from);
        assertThat(words.box().getMaxX()).isLessThanOrEqualTo(to);
        // the empty years are painted, down to the zero line, so they never read as a year of zero
        BufferedImage image = render(figure);
        int x = (int) ((from + to) / 2);
        assertThat(image.getRGB(x, (int) area.getMaxY() - 3) & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
        assertThat(legendMarks(figure)).contains(Mark.GAP);
        assertThat(figure.caption().text()).contains("Hatched grey: no figure was published for 2015–2018 (an empty "
                + "year, not a zero).");
    }

    @Test
    void aLineJoinsOnlyConsecutiveYearsOfOneSource() {
        PlottedLayers inventories = PlottedLayers.of(factory.create(seed.request("RW-S-0004", "RW-S-0011",
                "RW-S-0014")));
        List<List<Figure>> runs = runs(inventories);
        List<Figure> canada = figuresOf(inventories, "RW-S-0004");
        List<Figure> us = figuresOf(inventories, "RW-S-0011");
        List<Figure> asylum = figuresOf(inventories, "RW-S-0014");

        // 2,200 (2014) is not joined to 1,777 (2020, years apart), nor 1,777 to 1,857 (2021, another source)
        assertThat(joined(runs, at(canada, 2014, 2200), at(canada, 2020, 1777))).isFalse();
        assertThat(joined(runs, at(canada, 2020, 1777), at(canada, 2021, 1857))).isFalse();
        assertThat(joined(runs, at(canada, 2014, 2143), at(canada, 2021, 1857))).isFalse();
        // 107,864 is not joined to 2012 as if measured in between
        assertThat(joined(runs, at(asylum, 2012, 15362), at(asylum, 2022, 107864))).isFalse();
        // no flat line from 2015 to 2021 where the source says the inventory kept growing …
        assertThat(joined(runs, at(us, 2015, 39000), at(us, 2021, 39000))).isFalse();
        // … nor 2021 to a 2022 whose year the source does not print
        assertThat(joined(runs, at(us, 2021, 39000), at(us, 2022, 40000))).isFalse();
        for (List<Figure> run : runs) {
            for (int i = 1; i < run.size(); i++) {
                assertThat(LinePlacement.joins(run.get(i - 1), run.get(i))).isTrue();
            }
        }
        assertThat(factory.figure(seed.request("RW-S-0004", "RW-S-0011")).caption().text())
                .contains("A line joins only figures for consecutive years from one source; a break or a lone marker "
                        + "means a year without a figure, another source or an uncertain date.");
    }

    @Test
    void aFigureWithAnUncertainOrInferredDateIsNeverJoinedAndSaysWhichInWords() {
        UUID id = UUID.randomUUID();
        Source cbsa = seed.request("RW-S-0004").sourcesOf(seed.series("RW-S-0004").points().get(0)).get(0);
        List<DataPoint> points = List.of(
                point(id, ReportingPeriod.asOf(FuzzyDate.ofYear(2018).asInferred()), 1790, "CBSA"),
                point(id, ReportingPeriod.asOf(FuzzyDate.ofYear(2019)), 1800, "CBSA"),
                point(id, ReportingPeriod.asOf(FuzzyDate.ofYear(2020).asApproximate()), 1777, "CBSA"),
                point(id, ReportingPeriod.asOf(FuzzyDate.ofYear(2021)), 1857, "CBSA"),
                point(id, ReportingPeriod.asOf(FuzzyDate.ofYear(2022)), 1900, "CBSA"));
        Series s = new Series(id, null, 0, "Removal inventory", Measure.STOCK, "people", List.of(), null, null, points);
        Map<UUID, List<Source>> sources = new java.util.HashMap<>();
        points.forEach(p -> sources.put(p.id(), List.of(cbsa)));
        ChartFigure figure = factory.figure(ChartRequest.of(List.of(s), sources, SeedCharts.DRAWN_ON));
        List<List<Figure>> runs = runs(PlottedLayers.of(figure.chart()));
        // 2018 (inferred), 2019 and 2020 (hedged) stand alone; 2021 and 2022, sure and consecutive, are joined
        assertThat(runs).extracting(List::size).containsExactlyInAnyOrder(1, 1, 1, 2);
        assertThat(DrawnChart.of(figure).labels()).extracting(PlotLabels.Placed::text)
                .contains("1,777 (date uncertain)", "1,790 (date inferred)");
        assertThat(figure.caption().text())
                .contains("\"(date uncertain)\": the source itself hedges the figure's date.")
                .contains("\"(date inferred)\": the source prints no date for the figure")
                .doesNotContain("?");
    }

    @Test
    void figuresForTheSamePeriodFromDifferentSourcesAreSetSideBySideNeverOnTopOfEachOther() {
        // the three Sky Net totals for 2021
        DrawnChart skyNet = DrawnChart.of(factory.figure(seed.request("RW-S-0002")));
        List<Rectangle2D> markers = skyNet.panels().get(0).layout().marks();
        assertThat(markers).hasSize(3);
        assertThat(markers.stream().map(Rectangle2D::getCenterX).distinct()).hasSize(3);
        assertNoneOverlap(markers);

        // the two "about 700" brackets for 2012–2022: one drawn under the other
        PlottedLayers growth = PlottedLayers.of(factory.create(seed.request("RW-S-0015")));
        assertThat(growth.figures()).extracting(p -> p.figure().stack()).containsExactlyInAnyOrder(0, 1);
        DrawnChart growthDrawn = DrawnChart.of(factory.figure(seed.request("RW-S-0015")));
        List<Rectangle2D> lines = growthDrawn.panels().get(0).layout().marks().stream()
                .filter(m -> m.getWidth() > 100).toList();
        assertThat(lines).hasSize(2);
        assertNoneOverlap(lines);

        // Canada's two backlogs for 2014
        List<Figure> canada = figuresOf(PlottedLayers.of(factory.create(seed.request("RW-S-0004"))), "RW-S-0004");
        assertThat(Math.abs(at(canada, 2014, 2200).x() - at(canada, 2014, 2143).x())).isGreaterThan(0.3);

        // the 300–800 a year band and the 6,597 bracket: units apart, panels apart
        ChartFigure removals = factory.figure(seed.request("RW-S-0006", "RW-S-0007"));
        assertThat(removals.panelCount()).isEqualTo(2);
        assertThat(removals.plots().get(0).panel().allFigures()).extracting(f -> f.series().ref().toString())
                .containsOnly("RW-S-0006");
        assertThat(removals.plots().get(1).panel().allFigures()).extracting(f -> f.series().ref().toString())
                .containsOnly("RW-S-0007");
        assertThat(removals.caption().text()).contains("Each panel has its own scale");
    }

    @Test
    void theLegendShowsExactlyTheMarksTheChartDrawsAndTheHedged2143IsHollowInBoth() {
        for (String name : SeedCharts.EXAMPLES.keySet()) {
            ChartRequest request = seed.example(name).withMilestones(seed.agreements("RW-A-0002", "RW-A-0003"));
            ChartFigure figure = factory.figure(request);
            assertThat(legendMarks(figure)).as(name).isEqualTo(drawnMarks(figure));
        }
        ChartFigure canada = factory.figure(seed.request("RW-S-0004"));
        Placed about2143 = PlottedLayers.of(canada.chart()).figures().stream()
                .filter(p -> p.figure().low() == 2143).findFirst().orElseThrow();
        FigureLineRenderer lines = (FigureLineRenderer) about2143.layer().renderer();
        assertThat(lines.getItemFillPaint(about2143.series(), about2143.item())).isEqualTo(Color.WHITE);
        LegendItem hollow = legend(canada).stream().filter(i -> ChartLegend.marksOf(i).contains(Mark.HOLLOW_POINT))
                .findFirst().orElseThrow();
        assertThat(hollow.getFillPaint()).isEqualTo(Color.WHITE);
        assertThat(hollow.isShapeOutlineVisible()).isTrue();
        assertThat(canada.caption().text()).contains("Hollow markers: figures published with a hedge (≈ about)")
                .doesNotContain("diamond", "triangle");
    }

    @Test
    void theNotesExplainEveryConventionTheChartUses() {
        Map<Mark, String> explained = Map.of(
                Mark.HATCHED_BAR, "Hatched bars", Mark.HOLLOW_POINT, "ollow markers: figures published with a hedge",
                Mark.ERROR_BAR, "Error bars: a range as published", Mark.BAND, "Shaded bands: a range as published",
                Mark.BRACKET, "Brackets: one figure for the whole span", Mark.DASHED_BRACKET, "dashed when the figure "
                        + "is hedged", Mark.GAP, "Hatched grey:", Mark.LINE,
                                "A line joins only figures for consecutive "
                        + "years from one source", Mark.MILESTONE, "Vertical lines: dated changes in an agreement's "
                        + "status", Mark.UNCERTAIN_MILESTONE, "dotted where the date is uncertain");
        for (String name : SeedCharts.EXAMPLES.keySet()) {
            for (ChartLayout layout : ChartLayout.values()) {
                ChartFigure figure;
                try {
                    figure = factory.figure(seed.example(name).withLayout(layout)
                            .withMilestones(seed.agreements("RW-A-0002", "RW-A-0003")));
                } catch (IllegalArgumentException refused) {
                    continue;
                }
                String notes = figure.caption().text();
                for (Mark mark : drawnMarks(figure)) {
                    if (explained.containsKey(mark)) {
                        assertThat(notes).as(name + " " + layout + " " + mark).contains(explained.get(mark));
                    }
                }
                if (figure.panelCount() > 1) {
                    assertThat(notes).contains("Each panel has its own scale");
                }
                if (figure.chart().getXYPlot().getRangeAxisCount() > 1) {
                    assertThat(notes).contains("read against the scale on the right");
                }
                List<Figure> all = PlottedLayers.of(figure.chart()).figures().stream().map(Placed::figure).toList();
                if (all.stream().anyMatch(f -> f.stack() > 0)) {
                    assertThat(notes).contains("one under the other");
                }
            }
        }
    }

    @Test
    void aRangeIsABandFromLowToHighAcrossItsSpanLabelledAsPublished() {
        ChartFigure figure = factory.figure(seed.request("RW-S-0007"));
        Placed range = PlottedLayers.of(figure.chart()).figures().get(0);
        assertThat(((SpanTotalRenderer) range.layer().renderer()).markOf(range.series(), range.item()))
                .isEqualTo(Mark.BAND);
        assertThat(range.startY()).isEqualTo(300.0);
        assertThat(range.endY()).isEqualTo(800.0);
        DrawnChart drawn = DrawnChart.of(figure);
        assertThat(drawn.labels()).extracting(PlotLabels.Placed::text).contains("300–800 a year, 2008–2020");
        // the band is painted from its low value up, not a line at 800
        BufferedImage image = render(figure);
        XYPlot plot = figure.chart().getXYPlot();
        Rectangle2D area = drawn.dataArea();
        int x = (int) plot.getDomainAxis().valueToJava2D(2010.2, area, plot.getDomainAxisEdge());
        int inside = (int) plot.getRangeAxis().valueToJava2D(350, area, plot.getRangeAxisEdge());
        int below = (int) plot.getRangeAxis().valueToJava2D(200, area, plot.getRangeAxisEdge());
        assertThat(isGrey(image.getRGB(x, inside))).as("tinted by the band").isFalse();
        assertThat(isGrey(image.getRGB(x, below))).as("white or a grey grid line under the band").isTrue();
        assertThat(figure.caption().text()).contains("Shaded bands: a range as published for a span of years, from "
                + "its low to its high value.");
    }

    @Test
    void anInferredMilestoneDateKeepsItsMarkInWordsAndLine() {
        ChartFigure figure = factory.figure(seed.request("RW-S-0006").withMilestones(seed.agreements("RW-A-0002")));
        List<Milestone> milestones = figure.plots().get(0).labels().milestones();
        Milestone abandoned = milestones.stream().filter(m -> m.status().equals("abandoned")).findFirst().orElseThrow();
        assertThat(abandoned.uncertainDate()).isTrue();
        // the CBSA's statement is dated only by the article that reports it: inferred, not hedged
        assertThat(abandoned.words()).isEqualTo("Canada–China readmission arrangement: abandoned (date inferred)");
        assertThat(DrawnChart.of(figure).labels()).extracting(PlotLabels.Placed::text)
                .anyMatch(t -> t.endsWith("abandoned (date inferred)"));
        List<float[]> dashes = new ArrayList<>();
        for (Object m : figure.chart().getXYPlot().getDomainMarkers(0, Layer.FOREGROUND)) {
            dashes.add(((BasicStroke) ((ValueMarker) m).getStroke()).getDashArray());
        }
        assertThat(dashes).hasSize(2);
        assertThat(dashes.get(0)).isNotEqualTo(dashes.get(1));
        assertThat(legendMarks(figure)).contains(Mark.MILESTONE, Mark.UNCERTAIN_MILESTONE);
        assertThat(figure.caption().text()).contains("dotted where the date is uncertain").doesNotContain("?");
    }

    private static boolean isGrey(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return Math.abs(r - g) < 6 && Math.abs(g - b) < 6;
    }

    private static DataPoint point(UUID series, ReportingPeriod period, int value, String claimedBy) {
        return new DataPoint(UUID.randomUUID(), null, 0, series, period, BigDecimal.valueOf(value), null,
                Qualifier.EXACT, claimedBy, null);
    }

    static List<List<Figure>> runs(PlottedLayers layers) {
        List<List<Figure>> runs = new ArrayList<>();
        for (PlottedLayers.Layer l : layers.drawnBy(FigureLineRenderer.class)) {
            for (int s = 0; s < l.data().getSeriesCount(); s++) {
                runs.add(l.data().figures(s));
            }
        }
        return runs;
    }

    /** True when a drawn line goes straight from {@code a} to {@code b}. */
    private static boolean joined(List<List<Figure>> runs, Figure a, Figure b) {
        for (List<Figure> run : runs) {
            for (int i = 1; i < run.size(); i++) {
                if (run.get(i - 1).point().id().equals(a.point().id()) && run.get(i).point().id()
                        .equals(b.point().id())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void assertNoneOverlap(List<Rectangle2D> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as(boxes.get(i) + " / " + boxes.get(j)).isFalse();
            }
        }
    }

    static List<LegendItem> legend(ChartFigure figure) {
        LegendItemCollection items = figure.chart().getXYPlot().getFixedLegendItems();
        List<LegendItem> list = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            list.add(items.get(i));
        }
        return list;
    }

    static Set<Mark> legendMarks(ChartFigure figure) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        legend(figure).forEach(i -> marks.addAll(ChartLegend.marksOf(i)));
        return marks;
    }

    /** What the renderers draw, item by item, with the gaps, the joining lines and the milestone lines. */
    static Set<Mark> drawnMarks(ChartFigure figure) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        PlottedLayers layers = PlottedLayers.of(figure.chart());
        for (Placed p : layers.figures()) {
            if (p.layer().renderer() instanceof FigureBarRenderer r) {
                marks.add(r.markOf(p.series(), p.item()));
            } else if (p.layer().renderer() instanceof FigureLineRenderer r) {
                marks.add(r.markOf(p.series(), p.item()));
                if (r.getSeriesLinesVisible(p.series()) && p.layer().data().getItemCount(p.series()) > 1) {
                    marks.add(Mark.LINE);
                }
            } else if (p.layer().renderer() instanceof SpanTotalRenderer r) {
                marks.add(r.markOf(p.series(), p.item()));
            }
        }
        for (FigurePlot plot : figure.plots()) {
            if (!plot.panel().gaps().isEmpty()) {
                marks.add(Mark.GAP);
            }
            var markers = plot.getDomainMarkers(0, Layer.FOREGROUND);
            if (markers != null) {
                for (Object m : markers) {
                    float[] dash = ((BasicStroke) ((ValueMarker) m).getStroke()).getDashArray();
                    marks.add(dash[0] < 2 ? Mark.UNCERTAIN_MILESTONE : Mark.MILESTONE);
                }
            }
        }
        return marks;
    }

    private static BufferedImage render(ChartFigure figure) {
        ExportOptions size = ExportOptions.defaults().withRoomForPanels(figure.panelCount());
        int w = (int) Math.ceil(size.widthPt());
        int h = (int) Math.ceil(size.heightPt());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, w, h);
        figure.chart()
                .draw(g2, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()), new ChartRenderingInfo());
        g2.dispose();
        return image;
    }
}

package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;

/** Labels near the plot's edges are moved or shortened to stay inside it, never cut off. */
class LabelsStayInsideTest {
    private final SeriesChartFactory factory = new SeriesChartFactory(new ChartTheme(ChartFont.BUILT_IN));

    @Test
    void aHedgedLabelOnTheLastPointStaysInsideThePlot() {
        UUID id = UUID.randomUUID();
        List<DataPoint> points = List.of(
                point(id, ReportingPeriod.asOf(FuzzyDate.ofYear(2015)), 39000, Qualifier.NEARLY),
                point(id, ReportingPeriod.asOf(FuzzyDate.ofYear(2022)), 40000, Qualifier.NEARLY));
        Series stock = new Series(id, null, 0, "U.S. removal inventory", Measure.STOCK, "people", List.of(), null,
                null, points);
        Map<UUID, List<org.returnwatch.domain.Source>> sources = Map.of(points.get(0).id(), List.of(ChartFixtures.CBSA),
                points.get(1).id(), List.of(ChartFixtures.CBSA));
        JFreeChart chart = factory.create(ChartRequest.of(List.of(stock), sources, ChartFixtures.DRAWN_ON));
        Rectangle2D dataArea = draw(chart);

        List<FigureLabels.Placed> placed = PrintedLabels.of(chart);
        assertThat(placed).extracting(FigureLabels.Placed::text).anySatisfy(t -> assertThat(t).contains("40,000"));
        assertThat(placed).allSatisfy(p -> assertThat(p.bounds().getMaxX()).as(p.text())
                .isLessThanOrEqualTo(dataArea.getMaxX() + 0.5));
    }

    @Test
    void aLabelWithNoFreeSpotIsMovedInsideRatherThanCutOff() {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
            Rectangle2D area = new Rectangle2D.Double(50, 20, 300, 150);
            FigureLabels.Spot atRightEdge = new FigureLabels.Spot(345, 60, org.jfree.chart.ui.TextAnchor.TOP_CENTER);
            FigureLabels.Spot moved = FigureLabels.shiftedInside(g2, "nearly 40,000", atRightEdge, area);
            Rectangle2D r = org.jfree.chart.text.TextUtils.calcAlignedStringBounds("nearly 40,000", g2,
                    (float) moved.x(), (float) moved.y(), moved.anchor());
            assertThat(moved.x()).isLessThan(345);
            assertThat(r.getMaxX()).isLessThanOrEqualTo(area.getMaxX() + 0.01);
            assertThat(r.getMinX()).isGreaterThanOrEqualTo(area.getMinX());
        } finally {
            g2.dispose();
        }
    }

    @Test
    void aMilestoneLabelTooLongForEitherSideIsShortenedKeepingItsStatus() {
        String label = "Canada–China memorandum of understanding on law-enforcement cooperation (2016): signed";
        String fitted = MilestoneLabelLayout.fitted(label, 150, s -> s.length() * 5);
        assertThat(fitted).endsWith("…: signed").startsWith("Canada–China");
        assertThat(fitted.length() * 5).isLessThanOrEqualTo(150);
        assertThat(MilestoneLabelLayout.fitted("Short: signed", 150, s -> s.length() * 5)).isEqualTo("Short: signed");
    }

    private static DataPoint point(UUID series, ReportingPeriod period, int value, Qualifier q) {
        return new DataPoint(UUID.randomUUID(), null, 0, series, period, BigDecimal.valueOf(value), null, q, null, null);
    }

    private static Rectangle2D draw(JFreeChart chart) {
        ExportOptions size = ExportOptions.defaults();
        BufferedImage image = new BufferedImage((int) size.widthPt(), (int) size.heightPt(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()), info);
            return info.getPlotInfo().getDataArea();
        } finally {
            g2.dispose();
        }
    }
}

package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.junit.jupiter.api.Test;

/** The Today screen's count charts follow the rules of every chart: look, palette, face, zero, labels inside. */
class CountChartTest {
    private static final List<CountChart.Bar> BARS = List.of(new CountChart.Bar("Canada", 12),
            new CountChart.Bar("加拿大（繁體：資料庫）", 3), new CountChart.Bar("United States", 1));
    private final ChartFont font = new ChartFontLocator(List.of(), true).locate();
    private final ChartService service = new ChartService(font);

    @Test
    void theBarsAreTheCountsInTheirOrderEachWithItsNumber() {
        JFreeChart chart = service.counts(BARS, "cases");
        assertThat(CountChart.bars(chart)).isEqualTo(BARS);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        assertThat(renderer.getDefaultItemLabelsVisible()).isTrue();
        assertThat(renderer.getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0)).isEqualTo("12");
    }

    @Test
    void itHasTheLookOfEveryChartAndANumberAxisFromZeroInWholeNumbers() {
        JFreeChart chart = service.counts(BARS, "cases");
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(chart.getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
        assertThat(plot.getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
        assertThat(plot.getRangeGridlinePaint()).isEqualTo(ChartTheme.GRID);
        assertThat(plot.getRenderer().getSeriesPaint(0)).as("the palette's first colour")
                .isEqualTo(new ChartTheme(font).seriesColour(0));
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        assertThat(values.getAutoRangeIncludesZero()).isTrue();
        assertThat(values.getLabel()).isEqualTo("cases");
        draw(chart, 400, 180);
        assertThat(values.getLowerBound()).isZero();
        assertThat(values.getTickUnit().getSize() % 1).as("whole numbers only").isZero();
        // the program's own face, which has the Chinese glyphs, on the labels and the numbers
        Font labels = plot.getDomainAxis().getTickLabelFont();
        assertThat(labels.getFamily()).isEqualTo(font.family());
        assertThat(labels.canDisplayUpTo(BARS.get(1).label())).isEqualTo(-1);
        assertThat(((BarRenderer) plot.getRenderer()).getDefaultItemLabelFont().getFamily()).isEqualTo(font.family());
    }

    @Test
    void eachNumberStaysInsideThePlotEvenAtTheLongestBar() {
        JFreeChart chart = service.counts(BARS, "cases");
        ChartRenderingInfo info = draw(chart, 300, 150);
        Rectangle2D plotArea = info.getPlotInfo().getDataArea();
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(renderer.getDefaultItemLabelFont());
        int seen = 0;
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity bar) {
                Rectangle2D r = bar.getArea().getBounds2D();
                String number = String.valueOf(BARS.get(((CountChart.Key) bar.getColumnKey()).index()).count());
                double end = r.getMaxX() + renderer.getItemLabelAnchorOffset() + g.getFontMetrics()
                        .stringWidth(number);
                assertThat(end).as(number).isLessThanOrEqualTo(plotArea.getMaxX());
                seen++;
            }
        }
        assertThat(seen).isEqualTo(BARS.size());
    }

    private static ChartRenderingInfo draw(JFreeChart chart, int w, int h) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        g.dispose();
        return info;
    }
}

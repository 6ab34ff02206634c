package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.Printable;

import org.junit.jupiter.api.Test;

class ChartPrintableTest {

    private final ChartFixtures fx = new ChartFixtures();
    private final ChartPrintable printable = new ChartPrintable(
            new SeriesChartFactory(new ChartTheme(ChartFont.BUILT_IN)).create(fx.request()));

    /** A4 landscape with 2 cm margins, as a page setup dialog would return it. */
    private static PageFormat a4Landscape() {
        Paper paper = new Paper();
        paper.setSize(595, 842);
        paper.setImageableArea(57, 57, 595 - 114, 842 - 114);
        PageFormat page = new PageFormat();
        page.setPaper(paper);
        page.setOrientation(PageFormat.LANDSCAPE);
        return page;
    }

    @Test
    void theChartIsDrawnInsideThePrintableAreaOfThePageAndNowhereElse() {
        PageFormat page = a4Landscape();
        BufferedImage sheet = new BufferedImage((int) page.getWidth(), (int) page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = sheet.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());

        int result = printable.print(g2, page, 0);
        g2.dispose();

        assertThat(result).isEqualTo(Printable.PAGE_EXISTS);
        Rectangle2D area = ChartPrintable.fittedArea(page);
        assertThat(area.getWidth()).isEqualTo(page.getImageableWidth());
        assertThat(area.getHeight()).isLessThanOrEqualTo(page.getImageableHeight());
        long inside = 0;
        long outside = 0;
        for (int y = 0; y < sheet.getHeight(); y++) {
            for (int x = 0; x < sheet.getWidth(); x++) {
                boolean ink = (sheet.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF;
                if (ink && area.contains(x + 0.5, y + 0.5)) {
                    inside++;
                } else if (ink) {
                    outside++;
                }
            }
        }
        assertThat(inside).isGreaterThan(20_000);
        assertThat(outside).isZero();
    }

    @Test
    void thereIsOnlyOnePage() {
        BufferedImage sheet = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = sheet.createGraphics();
        assertThat(printable.print(g2, a4Landscape(), 1)).isEqualTo(Printable.NO_SUCH_PAGE);
        g2.dispose();
    }

    @Test
    void onAPortraitPageTheChartKeepsItsShapeAcrossTheWidth() {
        Paper paper = new Paper();
        paper.setSize(595, 842);
        paper.setImageableArea(36, 36, 523, 770);
        PageFormat portrait = new PageFormat();
        portrait.setPaper(paper);
        Rectangle2D area = ChartPrintable.fittedArea(portrait);
        assertThat(area.getWidth()).isEqualTo(523);
        assertThat(area.getHeight()).isEqualTo(523 * 10.0 / 16.0);
        assertThat(area.getY()).isEqualTo(36);
    }

    @Test
    void aFigurePrintsWithItsCaptionUnderItInsideThePrintableArea() {
        PageFormat page = a4Landscape();
        ChartFigure figure = new SeriesChartFactory(new ChartTheme(ChartFont.BUILT_IN)).figure(fx.request());
        BufferedImage sheet = new BufferedImage((int) page.getWidth(), (int) page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = sheet.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        assertThat(new ChartPrintable(figure).print(g2, page, 0)).isEqualTo(Printable.PAGE_EXISTS);
        g2.dispose();

        double w = page.getImageableWidth();
        double caption = figure.captionHeight(figure.captionAt(w, w * ChartPrintable.HEIGHT_TO_WIDTH), w);
        double chartHeight = Math.max(Math.min(w * ChartPrintable.HEIGHT_TO_WIDTH, page.getImageableHeight() - caption),
                page.getImageableHeight() / 2);
        double chartBottom = page.getImageableY() + chartHeight;
        long captionInk = 0;
        for (int y = 0; y < sheet.getHeight(); y++) {
            for (int x = 0; x < sheet.getWidth(); x++) {
                boolean ink = (sheet.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF;
                if (ink) {
                    assertThat(x).isBetween((int) page.getImageableX(), (int) (page.getImageableX() + page.getImageableWidth()));
                    assertThat(y).isBetween((int) page.getImageableY(), (int) (page.getImageableY() + page.getImageableHeight()));
                    if (y > chartBottom + 1) {
                        captionInk++;
                    }
                }
            }
        }
        assertThat(captionInk).as("the caption is printed under the chart").isGreaterThan(500);
    }
}

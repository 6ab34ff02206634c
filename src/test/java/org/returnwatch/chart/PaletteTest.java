package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour-blind-safe colours by default; a grey-scale palette where dashes, shapes and shades tell series apart. */
class PaletteTest {

    private final SeedCharts seed = SeedCharts.get();
    private final ChartService service = new ChartService(ChartFont.BUILT_IN);

    @TempDir
    Path dir;

    @Test
    void byDefaultSeriesTakeOkabeItoColoursAndDifferentMarkerShapes() {
        ChartRequest request = seed.request("RW-S-0004", "RW-S-0011").withLayout(ChartLayout.ONE_AXIS);
        assertThat(request.palette()).isEqualTo(ChartPalette.COLOUR_BLIND_SAFE);
        PlottedLayers layers = PlottedLayers.of(service.figure(request).chart());
        FigureLineRenderer lines = (FigureLineRenderer) layers.drawnBy(FigureLineRenderer.class).get(0).renderer();
        Set<Color> colours = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        for (PlottedLayers.Placed p : layers.figures()) {
            colours.add((Color) lines.getItemPaint(p.series(), p.item()));
            shapes.add(lines.getItemShape(p.series(), p.item()).getBounds2D().toString()
                    + lines.getItemShape(p.series(), p.item()).getClass());
        }
        assertThat(colours).containsExactlyInAnyOrder(SeriesStyle.OKABE_ITO.get(0), SeriesStyle.OKABE_ITO.get(1));
        assertThat(shapes).hasSize(2);
    }

    @Test
    void inGreyScaleSeriesDifferByDashMarkerShapeAndShadeAndEveryInkIsGrey() throws IOException {
        ChartRequest request = seed.request("RW-S-0004", "RW-S-0011").withLayout(ChartLayout.ONE_AXIS)
                .withPalette(ChartPalette.GREYSCALE);
        ChartFigure figure = service.figure(request);
        PlottedLayers layers = PlottedLayers.of(figure.chart());
        FigureLineRenderer lines = (FigureLineRenderer) layers.drawnBy(FigureLineRenderer.class).get(0).renderer();
        SeriesStyle first = SeriesStyle.of(0, ChartPalette.GREYSCALE);
        SeriesStyle second = SeriesStyle.of(1, ChartPalette.GREYSCALE);
        assertThat(Arrays.equals(dash(first), dash(second))).as("dashes differ").isFalse();
        assertThat(first.shape(7).getBounds2D()).isNotEqualTo(second.shape(7).getBounds2D());
        assertThat(first.colour()).isNotEqualTo(second.colour());
        for (PlottedLayers.Placed p : layers.figures()) {
            Color c = (Color) lines.getItemPaint(p.series(), p.item());
            assertThat(c.getRed()).isEqualTo(c.getGreen()).isEqualTo(c.getBlue());
        }
        Path png = dir.resolve("grey.png");
        service.export(figure, ExportFormat.PNG, png, ExportOptions.defaults().withDpi(100));
        BufferedImage image = ImageIO.read(png.toFile());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                assertThat(Math.max(Math.abs(r - g), Math.abs(g - b))).as("grey at " + x + "," + y).isLessThan(4);
            }
        }
        assertThat(SeedChartRulesTest.legend(figure)).extracting(i -> i.getLinePaint())
                .allMatch(p -> p instanceof Color c && c.getRed() == c.getGreen() && c.getGreen() == c.getBlue());
    }

    @Test
    void palettesAndLayoutsReadAsTheCommandLineWritesThem() {
        assertThat(ChartPalette.parse("greyscale")).isEqualTo(ChartPalette.GREYSCALE);
        assertThat(ChartPalette.parse("Grayscale")).isEqualTo(ChartPalette.GREYSCALE);
        assertThat(ChartPalette.parse("colour-blind-safe")).isEqualTo(ChartPalette.COLOUR_BLIND_SAFE);
        assertThatThrownBy(() -> ChartPalette.parse("rainbow")).hasMessageContaining("colour-blind-safe or greyscale");
        assertThat(ChartLayout.parse("small-multiples")).isEqualTo(ChartLayout.SMALL_MULTIPLES);
        assertThat(ChartLayout.parse("SECOND_AXIS")).isEqualTo(ChartLayout.SECOND_AXIS);
        assertThat(ChartLayout.SECOND_AXIS.word()).isEqualTo("second-axis");
        assertThatThrownBy(() -> ChartLayout.parse("pie")).hasMessageContaining("auto, one-axis, second-axis or "
                + "small-multiples");
        assertThat(List.of(ChartPalette.values())).hasSize(2);
    }

    private static float[] dash(SeriesStyle style) {
        float[] d = ((BasicStroke) style.lineStroke(1.0)).getDashArray();
        return d == null ? new float[0] : d;
    }
}

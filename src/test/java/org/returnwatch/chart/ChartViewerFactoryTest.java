package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The node a JavaFX print job (and its preview) prints: the chart and its caption under it. */
@ExtendWith(ApplicationExtension.class)
class ChartViewerFactoryTest {

    @Test
    void thePrintNodeHoldsTheChartAndItsCaptionAtPointSize() throws Exception {
        ChartFigure figure = new ChartService(ChartFont.BUILT_IN).figure(SeedCharts.get().request("RW-S-0001"));
        ExportOptions size = ExportOptions.defaults();
        double caption = figure.captionHeight(figure.captionAt(size.widthPt(), size.heightPt()), size.widthPt());
        AtomicReference<Canvas> node = new AtomicReference<>();
        AtomicReference<WritableImage> snapshot = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            node.set(new ChartViewerFactory().printNode(figure, size.widthPt(), size.heightPt()));
            snapshot.set(node.get().snapshot(null, null));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(node.get().getWidth()).isEqualTo(size.widthPt());
        assertThat(node.get().getHeight()).isEqualTo(Math.ceil(size.heightPt() + caption));
        assertThat(caption).isGreaterThan(15);
        PixelReader pixels = snapshot.get().getPixelReader();
        long dark = 0;
        long darkInCaption = 0;
        for (int y = 0; y < (int) snapshot.get().getHeight(); y++) {
            for (int x = 0; x < (int) snapshot.get().getWidth(); x++) {
                if (pixels.getColor(x, y).getBrightness() < 0.5) {
                    dark++;
                    if (y > size.heightPt() + 2) {
                        darkInCaption++;
                    }
                }
            }
        }
        assertThat(dark).isGreaterThan(1000);
        assertThat(darkInCaption).as("the caption is written under the chart").isGreaterThan(300);
    }

    /** A print job is sent from a background thread, and the node it prints is made there too. */
    @Test
    void thePrintNodeCanBeMadeOffTheJavaFxThread() throws Exception {
        ChartFigure figure = new ChartService(ChartFont.BUILT_IN).figure(SeedCharts.get().request("RW-S-0001"));
        java.util.concurrent.CompletableFuture<Canvas> made = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> new ChartViewerFactory().printNode(figure, 400, 250));
        Canvas node = made.get();
        assertThat(javafx.application.Platform.isFxApplicationThread()).isFalse();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        long dark = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (image.getPixelReader().getColor(x, y).getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        assertThat(node.getWidth()).isEqualTo(400);
        assertThat(dark).as("drawn on the background thread, shown on the JavaFX one").isGreaterThan(1000);
    }
}

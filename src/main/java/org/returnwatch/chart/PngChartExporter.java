package org.returnwatch.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * PNG at print resolution: the chart is laid out at its size in points and scaled to the dpi, so type
 * keeps its point size on paper; the pHYs chunk tells other programs the dpi.
 */
public final class PngChartExporter implements ChartExporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.PNG;
    }

    @Override
    public void export(JFreeChart chart, Path out, ExportOptions options) throws IOException {
        write(render(chart, options), out, options.dpi());
    }

    @Override
    public void export(ChartFigure figure, Path out, ExportOptions options) throws IOException {
        write(render(figure, options), out, options.dpi());
    }

    private static void write(BufferedImage image, Path out, int dpi) throws IOException {
        byte[] png = PngDensity.withDpi(encode(image), dpi);
        org.returnwatch.work.PrivateFiles.write(out, true, stream -> stream.write(png));
    }

    static BufferedImage render(JFreeChart chart, ExportOptions options) {
        return paint(options.pixelWidth(), options.pixelHeight(), options.dpi(),
                g2 -> chart.draw(g2, new Rectangle2D.Double(0, 0, options.widthPt(), options.heightPt())));
    }

    /** The figure at the size given, its caption under it making the image taller. */
    static BufferedImage render(ChartFigure figure, ExportOptions options) {
        ChartCaption caption = figure.captionAt(options.widthPt(), options.heightPt());
        double total = options.heightPt() + figure.captionHeight(caption, options.widthPt());
        int heightPx = (int) Math.ceil(total / 72.0 * options.dpi());
        return paint(options.pixelWidth(), heightPx, options.dpi(), g2 -> figure.draw(g2,
                new Rectangle2D.Double(0, 0, options.widthPt(), options.heightPt()), caption));
    }

    private static BufferedImage paint(int widthPx, int heightPx, int dpi, Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            double scale = dpi / 72.0;
            g2.scale(scale, scale);
            drawing.accept(g2);
        } finally {
            g2.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        return bytes.toByteArray();
    }
}

package org.returnwatch.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/** SVG through JFreeSVG: vector shapes and real text, sized in points with a matching viewBox. */
public final class SvgChartExporter implements ChartExporter {

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Override
    public ExportFormat format() {
        return ExportFormat.SVG;
    }

    @Override
    public void export(JFreeChart chart, Path out, ExportOptions options) throws IOException {
        write(out, options.widthPt(), options.heightPt(),
                g2 -> chart.draw(g2, new Rectangle2D.Double(0, 0, options.widthPt(), options.heightPt())));
    }

    @Override
    public void export(ChartFigure figure, Path out, ExportOptions options) throws IOException {
        ChartCaption caption = figure.captionAt(options.widthPt(), options.heightPt());
        double total = options.heightPt() + figure.captionHeight(caption, options.widthPt());
        write(out, options.widthPt(), total, g2 -> figure.draw(g2,
                new Rectangle2D.Double(0, 0, options.widthPt(), options.heightPt()), caption));
    }

    private static void write(Path out, double w, double h, Consumer<SVGGraphics2D> drawing) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(w, h, SVGUnits.PT);
        // a viewer without the chart's face should still pick a sans-serif one
        g2.setFontFunction(family -> '"' + family.replace("\"", "").replace("'", "") + "\", sans-serif");
        drawing.accept(g2);
        String svg = PROLOG + g2.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null) + "\n";
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        org.returnwatch.work.PrivateFiles.write(out, true, stream -> stream.write(bytes));
    }
}

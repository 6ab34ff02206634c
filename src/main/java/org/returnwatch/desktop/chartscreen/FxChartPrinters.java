package org.returnwatch.desktop.chartscreen;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Scale;
import org.returnwatch.chart.ChartFigure;
import org.returnwatch.chart.ChartViewerFactory;

/**
 * Printing with JavaFX: the printers JavaFX finds, and a one-page job of the figure drawn as it is in
 * the preview. JavaFX prints from any thread; the job is sent from a background thread so that the
 * window stays responsive while it spools.
 */
public final class FxChartPrinters implements ChartPrinters {
    /** The job name print queues show; kept generic because spoolers log it. */
    static final String JOB_NAME = key("ReturnWatch chart");

    private final ChartViewerFactory viewers;

    public FxChartPrinters(ChartViewerFactory viewers) {
        this.viewers = viewers;
    }

    @Override
    public List<String> names() {
        Printer standard = Printer.getDefaultPrinter();
        List<String> names = new ArrayList<>(Printer.getAllPrinters().stream().map(Printer::getName)
                .sorted(Comparator.comparing(String::toLowerCase)).toList());
        if (standard != null && names.remove(standard.getName())) {
            names.add(0, standard.getName());
        }
        return names;
    }

    @Override
    public boolean print(ChartFigure figure, PageSetup page, double chartHeightPt) {
        Printer printer = find(page.printer()).orElseThrow(() -> new IllegalStateException(lang("the printer "
                + "{0} is no longer installed", page.printer())));
        PageLayout layout = layout(printer, page);
        Canvas node = viewers.printNode(figure, page.printableWidthPt(), chartHeightPt);
        // the printer may keep wider margins than asked for: then the figure is made smaller, never cut
        double scale = Math.min(1.0, Math.min(layout.getPrintableWidth() / node.getWidth(),
                layout.getPrintableHeight() / node.getHeight()));
        if (scale < 1.0) {
            node.getTransforms().add(new Scale(scale, scale));
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            return false;
        }
        job.getJobSettings().setJobName(lang(JOB_NAME));
        if (job.printPage(layout, node)) {
            return job.endJob();
        }
        job.cancelJob();
        return false;
    }

    private static Optional<Printer> find(String name) {
        return Printer.getAllPrinters().stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    private static PageLayout layout(Printer printer, PageSetup page) {
        Paper paper = page.paper() == PageSetup.Paper.LETTER ? Paper.NA_LETTER : Paper.A4;
        PageOrientation orientation = page.orientation() == PageSetup.Orientation.PORTRAIT ? PageOrientation.PORTRAIT
                : PageOrientation.LANDSCAPE;
        double m = page.marginPt();
        try {
            return printer.createPageLayout(paper, orientation, m, m, m, m);
        } catch (IllegalArgumentException e) {
            // margins narrower than the printer can print: the narrowest it can
            return printer.createPageLayout(paper, orientation, Printer.MarginType.HARDWARE_MINIMUM);
        }
    }
}

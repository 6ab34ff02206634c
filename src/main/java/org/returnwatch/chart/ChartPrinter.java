package org.returnwatch.chart;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.print.PageFormat;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;

import org.jfree.chart.JFreeChart;

/**
 * Prints a chart through the system's print dialogs (page setup, then printer). The dialogs are AWT
 * and modal: call from a background thread, never from the JavaFX application thread.
 */
public final class ChartPrinter {

    /** The job name print queues show; kept generic because spoolers log it. */
    static final String JOB_NAME = "ReturnWatch chart";

    /**
     * @return true if the chart was sent to a printer, false if the user cancelled a dialog
     * @throws HeadlessException if there is no display to show the dialogs on
     */
    public boolean print(JFreeChart chart) throws PrinterException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new HeadlessException("printing needs a display for the page and printer dialogs");
        }
        PrinterJob job = PrinterJob.getPrinterJob();
        PageFormat proposed = job.defaultPage();
        proposed.setOrientation(PageFormat.LANDSCAPE);
        PageFormat chosen = job.pageDialog(proposed);
        if (chosen == proposed) {
            return false;
        }
        job.setJobName(JOB_NAME);
        job.setPrintable(new ChartPrintable(chart), chosen);
        if (!job.printDialog()) {
            return false;
        }
        job.print();
        return true;
    }
}

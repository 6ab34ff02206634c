package org.returnwatch.desktop.chartscreen;

import java.util.List;
import org.returnwatch.chart.ChartFigure;

/** The printers of this computer, and printing a chart on one page of one of them. */
public interface ChartPrinters {

    /** The installed printers' names, the system's default first; empty when no printer is installed. */
    List<String> names();

    /**
     * Prints the figure (the chart and its caption under it) on one page, the chart {@code chartHeightPt}
     * high across the page's printable width. Runs off the JavaFX thread.
     *
     * @return true if the job was handed to the printer, false if the printer refused it
     */
    boolean print(ChartFigure figure, PageSetup page, double chartHeightPt) throws Exception;
}

package org.returnwatch.desktop.chartscreen;

/** The Charts screen's own dialogs; tests answer them with a fake. */
public interface ChartDialogs {

    /**
     * Shows the page as it will print, with the choice of printer, paper, orientation and margins,
     * redrawn as they change.
     *
     * @return true when the user says Print, false on Cancel
     */
    boolean askPrint(PrintPreviewViewModel preview);
}

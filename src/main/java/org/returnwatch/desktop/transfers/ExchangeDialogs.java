package org.returnwatch.desktop.transfers;

import java.util.List;
import org.returnwatch.exchange.Problem;

/** The dialogs of import and export; tests answer them with a fake. */
public interface ExchangeDialogs {

    /** The choices of File → Export (what, in which format, pseudonymised or not); false on Cancel. */
    boolean askExport(ExportViewModel export);

    /**
     * Why an import was refused, every problem with its place.
     *
     * @param retryLabel a button that goes back (to the column mapping, say), or null for none
     * @return true when the user chose {@code retryLabel}
     */
    boolean showProblems(String title, String message, List<Problem> problems, String retryLabel);
}

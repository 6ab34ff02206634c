package org.returnwatch.desktop.casefile;

import java.nio.file.Path;

/** The dossier's own dialogs; tests answer them with a fake. */
public interface DossierDialogs {

    /**
     * Shows the dossier's choices and a preview of its first pages, made again as the choices change.
     *
     * @return true when the user says Save PDF, false on Cancel
     */
    boolean askDossier(DossierViewModel dossier);

    /** Opens a PDF written by the program with the system's PDF reader. */
    void openPdf(Path pdf);
}
